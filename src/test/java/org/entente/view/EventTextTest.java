package org.entente.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * One row per event type, written as the engine writes it (EventPhase, PolicyPhase, the month-0
 * initialiser), and the exact sentence a class reads.
 */
class EventTextTest {
    private static final Map<String, String> NAMES = Map.of("USA", "United States", "IRN", "Iran", "RUS", "Russia",
            "ISR", "Israel", "EUU", "European Union", "CHN", "China", "PRK", "North Korea", "GBR", "United Kingdom", "UN", "UN");
    private static final Function<String, String> NAME_OF = id -> NAMES.getOrDefault(id, id);

    private static Optional<String> s(String type, String actors, String detail) {
        return EventText.sentence(type, actors, detail, NAME_OF);
    }

    @Test
    void treatiesAreNamedInFullSoThatASupersededTreatyCannotReadAsItsSuccessor() {
        assertThat(s("treaty_in_force", "IRN;RUS", "Iran-Russia Treaty on Comprehensive Strategic Partnership in force"))
                .hasValue("The Iran\u2013Russia Treaty on Comprehensive Strategic Partnership comes into force");
        assertThat(s("end_treaty", "IRN;RUS", "Iran-Russia Treaty on the Basis of Mutual Relations and Principles of Cooperation (2001) ended"))
                .hasValue("The Iran\u2013Russia Treaty on the Basis of Mutual Relations and Principles of Cooperation (2001) is no longer in force");
        assertThat(s("end_treaty", "", "t9: no such treaty; nothing changed")).isEmpty();
        assertThat(s("treaty_in_force", "", "t9: no such treaty; nothing changed")).isEmpty();
        // a hyphen inside the name is kept
        assertThat(s("treaty_in_force", "CHN;RUS", "China-Russia Treaty of Good-Neighbourliness in force"))
                .hasValue("The China\u2013Russia Treaty of Good-Neighbourliness comes into force");
    }

    @Test
    void signTreaty() {
        assertThat(s("sign_treaty", "RUS;PRK", "Russia-DPRK Treaty on Comprehensive Strategic Partnership; in force from 2026-03"))
                .hasValue("Russia and North Korea sign the Russia\u2013DPRK Treaty on Comprehensive Strategic Partnership; it comes into force in 2026-03");
        assertThat(s("sign_treaty", "RUS;PRK", "t1; not yet in force")).hasValue("Russia and North Korea sign the t1; it is not yet in force");
    }

    @Test
    void imposeSanctions() {
        assertThat(s("impose_sanctions", "USA;IRN", "financial intensity 0.5"))
                .hasValue("The United States imposes financial sanctions on Iran (strength 0.5 of 1)");
        assertThat(s("impose_sanctions", "EUU;IRN", "arms intensity 1, secondary, from 2026-01 (announced 6 months ahead)"))
                .hasValue("The European Union imposes an arms embargo on Iran (strength 1 of 1), with secondary sanctions on third"
                        + " countries that keep trading, from 2026-01, announced 6 months ahead");
        assertThat(s("impose_sanctions", "USA;IRN", "(maximum_pressure) energy already in force: intensity 0.6 -> 1, secondary"))
                .hasValue("The United States tightens its energy sanctions on Iran (strength 0.6 to 1), with secondary sanctions on third"
                        + " countries that keep trading (part of a policy of maximum pressure)");
        assertThat(s("impose_sanctions", "UN;IRN", "trade_complete intensity 1"))
                .hasValue("The UN imposes a full trade embargo on Iran (strength 1 of 1)");
    }

    @Test
    void adjustSanctions() {
        assertThat(s("adjust_sanctions", "USA;IRN", "financial intensity 0.85 -> 0.95"))
                .hasValue("The United States tightens its financial sanctions on Iran (strength 0.85 to 0.95)");
        assertThat(s("adjust_sanctions", "USA;IRN", "financial intensity 0.8 -> 0.4, secondary true -> false"))
                .hasValue("The United States eases its financial sanctions on Iran (strength 0.8 to 0.4), and drops the secondary sanctions on third countries");
        assertThat(s("adjust_sanctions", "USA;IRN", "(maximum_pressure) oil; crackdown 0.5: oil evasion network maturity 1 -> 0.5"))
                .hasValue("The United States cracks down on the smuggling of Iran\u2019s oil: the maturity of its evasion network"
                        + " (tankers, traders, payment channels) falls from 1 to 0.5 (0 to 1) (part of a policy of maximum pressure)");
        assertThat(s("adjust_sanctions", "USA;IRN", "energy: no regime in force")).isEmpty();
        assertThat(s("adjust_sanctions", "USA;IRN", "energy: no regime in force; crackdown 0.3: oil evasion network maturity 1 -> 0.7"))
                .hasValue("The United States cracks down on the smuggling of Iran\u2019s oil: the maturity of its evasion network"
                        + " (tankers, traders, payment channels) falls from 1 to 0.7 (0 to 1)");
    }

    @Test
    void escalation() {
        assertThat(s("escalation", "USA;IRN", "financial intensity 0.5 -> 0.6"))
                .hasValue("The United States steps up its financial sanctions on Iran, as hostility between Iran and the United States\u2019"
                        + " allies grows (strength 0.5 to 0.6)");
        assertThat(s("escalation", "USA;IRN", "financial intensity 0.6 -> 0.5 after negotiation"))
                .hasValue("The United States eases its financial sanctions on Iran after talks lower hostility (strength 0.6 to 0.5)");
    }

    @Test
    void liftSanctions() {
        assertThat(s("lift_sanctions", "USA;IRN", "(rapprochement) energy, financial lifted over 12 months"))
                .hasValue("The United States lifts its energy sanctions and financial sanctions on Iran, phased out over 12 months"
                        + " (part of a policy of rapprochement)");
        assertThat(s("lift_sanctions", "USA;IRN", "financial lifted over 0 months"))
                .hasValue("The United States lifts its financial sanctions on Iran, at once");
        assertThat(s("lift_sanctions", "USA;IRN", "no regime in force")).isEmpty();
    }

    @Test
    void setPolicy() {
        assertThat(s("set_policy", "USA;IRN", "maximum_pressure")).hasValue("The United States adopts a policy of maximum pressure on Iran");
        assertThat(s("set_policy", "USA;IRN", "rapprochement")).hasValue("The United States adopts a policy of rapprochement with Iran");
        assertThat(s("set_policy", "EUU", "green_deal")).hasValue("The European Union adopts the policy \u201cgreen deal\u201d");
        assertThat(s("set_policy", "", "green_deal")).hasValue("A new policy comes into effect: green deal");
    }

    @Test
    void warsAndHostility() {
        assertThat(s("war_start", "ISR;IRN", "war; hostility 0.8 -> 1")).hasValue("War breaks out between Israel and Iran");
        assertThat(s("war_end", "ISR;IRN", "war over; hostility 1 -> 0.8"))
                .hasValue("The war between Israel and Iran ends; hostility after it 0.8 on a 0 to 1 scale");
        assertThat(s("war_end", "ISR;IRN", "no war between them; nothing changed")).isEmpty();
        assertThat(s("set_hostility", "USA;IRN", "(rapprochement) hostility 0.9 -> 0.45"))
                .hasValue("Hostility between the United States and Iran falls (0.9 to 0.45 on a 0 to 1 scale) (part of a policy of rapprochement)");
        assertThat(s("set_hostility", "USA;IRN", "hostility 0.3 -> 0.7"))
                .hasValue("Hostility between the United States and Iran rises (0.3 to 0.7 on a 0 to 1 scale)");
    }

    @Test
    void alignmentAtTheStartIsStartDataAndLaterIsNews() {
        assertThat(s("set_alignment", "USA;GBR", "recorded alignment 0.9")).isEmpty();
        assertThat(s("set_alignment", "IRN;RUS", "alignment 0.65 -> 0.8"))
                .hasValue("Iran and Russia draw closer (alignment 0.65 to 0.8 on a 0 to 1 scale)");
        assertThat(s("set_alignment", "IRN;RUS", "alignment 0.65 -> 0.5"))
                .hasValue("Iran and Russia drift apart (alignment 0.65 to 0.5 on a 0 to 1 scale)");
    }

    @Test
    void regimeChange() {
        assertThat(s("regime_change", "IRN", "ideal point -1.2 -> 0.5; ties reset with USA,ISR"))
                .hasValue("A new government takes power in Iran; its foreign policy moves toward the West (UN voting ideal point -1.2 to 0.5);"
                        + " it makes a fresh start with the United States and Israel");
        assertThat(s("regime_change", "IRN", "stability below 0.3; ideal point 0.5 -> -1; stability 0.25 -> 0.6"))
                .hasValue("After its stability falls below 0.3, a new government takes power in Iran; its foreign policy moves toward the East"
                        + " (UN voting ideal point 0.5 to -1); stability 0.25 to 0.6");
    }

    @Test
    void attributesParametersAndShocks() {
        assertThat(s("set_attribute", "RUS", "milex 149 -> 180.5"))
                .hasValue("Russia\u2019s military spending (USD bn a year) is set from 149 to 180.5");
        assertThat(s("set_attribute", "IRN", "oil_free 3.2 -> 3.4"))
                .hasValue("Iran\u2019s oil exports without sanctions (million barrels a day) is set from 3.2 to 3.4");
        assertThat(s("set_parameter", "", "oil_price 75 -> 90"))
                .hasValue("Model assumption changed: oil price, USD per barrel, from 75 to 90");
        assertThat(s("shock", "IRN", "gdp -5% oil -10%")).hasValue("Iran is hit by a sudden shock: GDP \u22125%, oil output \u221210%");
        assertThat(s("shock", "RUS", "gdp 2.5%")).hasValue("Russia is hit by a sudden shock: GDP +2.5%");
    }

    @Test
    void blocsAtTheStartAreStartDataAndLaterAreNews() {
        assertThat(s("join_bloc", "GBR;EUU", "member at the start: applies EUU's regimes")).isEmpty();
        assertThat(s("join_bloc", "GBR;EUU", "GBR applies EUU's regimes"))
                .hasValue("The United Kingdom starts applying the European Union\u2019s sanctions");
        assertThat(s("leave_bloc", "GBR;EUU", "GBR no longer applies EUU's regimes"))
                .hasValue("The United Kingdom stops applying the European Union\u2019s sanctions");
    }

    @Test
    void anUnknownTypeIsShownAsWrittenRatherThanHidden() {
        assertThat(s("new_kind", "IRN", "something")).hasValue("New kind (Iran): something");
    }

    @Test
    void numbersAreRoundedForAClass() {
        assertThat(s("set_hostility", "USA;IRN", "hostility 0.1234 -> 0.5678"))
                .hasValue("Hostility between the United States and Iran rises (0.12 to 0.57 on a 0 to 1 scale)");
    }

    @Test
    void anIdWithoutANameFallsBackToTheId() {
        assertThat(EventText.sentence("war_start", "AAA;BBB", "war; hostility 0 -> 1", id -> null)).hasValue("War breaks out between AAA and BBB");
    }
}
