package org.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.model.EventAction;
import org.entente.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Every event type is handled everywhere. The first guard is the compiler: a new record must
 * implement {@code EventAction.accept}, which calls a new method of {@code EventAction.Visitor},
 * and then the engine's {@code EventPhase} and {@code ScenarioDiff} no longer compile until they
 * handle it (both implement the visitor, with no default). This test checks what the compiler
 * cannot: that each record's {@code accept} calls the method for its own type, and that the
 * scenario reader knows the type's keys.
 */
class EventTypesTest {

    @Test
    void eachRecordCallsTheVisitorMethodForItsOwnType() throws Exception {
        Class<?>[] types = EventAction.class.getPermittedSubclasses();
        assertEquals(EventAction.Visitor.class.getDeclaredMethods().length, types.length,
                "one visitor method per event record");
        for (Class<?> type : types) {
            assertTrue(type.isRecord(), type + " is a record");
            EventAction action = sample(type);
            List<Method> called = new ArrayList<>();
            EventAction.Visitor<?> v = (EventAction.Visitor<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {EventAction.Visitor.class}, (proxy, m, args) -> {
                        called.add(m);
                        return null;
                    });
            action.accept(v);
            assertEquals(1, called.size(), type.getSimpleName());
            assertEquals(List.of(type), List.of(called.get(0).getParameterTypes()),
                    type.getSimpleName() + ".accept calls " + called.get(0).getName());
        }
    }

    @Test
    void theReaderKnowsEveryEventTypeAndNoOther() throws Exception {
        List<String> typeNames = new ArrayList<>();
        for (Class<?> type : EventAction.class.getPermittedSubclasses()) typeNames.add(sample(type).type());
        assertEquals(typeNames.stream().sorted().toList(), ScenarioReader.EVENT_KEYS.keySet().stream().sorted().toList());
    }

    @Test
    void eachRegistryTypeHasExactlyOneRecordAndTheReaderReadsItsFields() throws Exception {
        List<EventType> kinds = new ArrayList<>();
        for (Class<?> type : EventAction.class.getPermittedSubclasses()) kinds.add(sample(type).kind());
        assertEquals(EventType.values().length, kinds.size(), "one record per registry entry");
        assertEquals(java.util.Set.of(EventType.values()), java.util.Set.copyOf(kinds), "every registry entry has its record");
        for (EventType t : EventType.values()) {
            assertEquals(t.fields(), ScenarioReader.EVENT_KEYS.get(t.key()), t.key());
            assertEquals(t, EventType.byKey(t.key()).orElseThrow());
            assertTrue(!t.description().isBlank(), t.key());
        }
    }

    /** An instance with empty or zero components (enough to call type() and accept()). */
    private static EventAction sample(Class<?> type) throws Exception {
        RecordComponent[] rc = type.getRecordComponents();
        Class<?>[] params = new Class<?>[rc.length];
        Object[] args = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
            Class<?> c = rc[i].getType();
            params[i] = c;
            args[i] = c == double.class ? 0.0 : c == int.class ? 0 : c == boolean.class ? false
                    : c == List.class ? List.of() : c == Map.class ? Map.of() : null;
        }
        Constructor<?> k = type.getDeclaredConstructor(params);
        return (EventAction) k.newInstance(args);
    }
}
