package org.entente.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.entente.view.Palette;
import org.entente.view.SeriesStyle;
import org.junit.jupiter.api.Test;

/** The map's label placement, tie routes, window arrangement and chart line styles, without a screen. */
class MapLayoutTest {
    @Test
    void labelsInACrowdedClusterDoNotOverlapEachOtherOrOtherDiscs() {
        // eight small actors a few pixels apart, as the Middle East is at 2.3 pixels a degree
        List<LabelLayout.Item> items = new ArrayList<>();
        double[][] at = {{400, 200}, {392, 196}, {386, 205}, {380, 199}, {396, 212}, {405, 214}, {388, 190}, {410, 195}};
        for (double[] p : at) items.add(new LabelLayout.Item(p[0], p[1], 3, 70, 15));
        items.add(new LabelLayout.Item(100, 100, 8, 90, 15)); // far from the others
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, 816, 408);
        List<LabelLayout.Placed> placed = LabelLayout.place(items, bounds);
        for (int i = 0; i < placed.size(); i++) {
            Rectangle2D box = placed.get(i).box();
            assertThat(bounds.contains(box)).isTrue();
            for (int j = 0; j < placed.size(); j++) {
                if (i == j) continue;
                assertThat(box.intersects(placed.get(j).box())).as("labels %d and %d", i, j).isFalse();
                LabelLayout.Item o = items.get(j);
                assertThat(box.intersects(o.x() - o.radius(), o.y() - o.radius(), 2 * o.radius(), 2 * o.radius()))
                        .as("label %d over disc %d", i, j).isFalse();
            }
        }
        assertThat(placed).as("some are pushed out, with a leader line").anyMatch(LabelLayout.Placed::leader);
        assertThat(placed.get(placed.size() - 1).leader()).as("an actor alone gets its name next to its disc").isFalse();
    }

    @Test
    void aTieBendsAroundAnUnrelatedDiscOnItsChord() {
        List<TieRoute.Disc> iran = List.of(new TieRoute.Disc(300, 100, 6));
        Shape s = TieRoute.route(100, 100, 500, 100, iran, 0, 816);
        assertThat(s).isInstanceOf(QuadCurve2D.class);
        QuadCurve2D q = (QuadCurve2D) s;
        assertThat(TieRoute.hits(q.getX1(), q.getY1(), q.getCtrlX(), q.getCtrlY(), q.getX2(), q.getY2(), iran)).isZero();
        assertThat(q.getCtrlY()).as("bent").isNotEqualTo(100.0);
        // nothing in the way: straight
        QuadCurve2D straight = (QuadCurve2D) TieRoute.route(100, 100, 500, 100, List.of(new TieRoute.Disc(300, 300, 6)), 0, 816);
        assertThat(straight.getCtrlY()).isEqualTo(100.0);
    }

    @Test
    void aTieBetweenActorsMoreThanHalfTheWorldApartCrossesThePacific() {
        // the United States (x 235) and Japan (x 726) on an 816-pixel map: through the map's edges
        Shape s = TieRoute.route(235, 130, 726, 140, List.of(), 0, 816);
        List<double[]> points = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            it.currentSegment(c);
            points.add(new double[] {c[0], c[1]});
        }
        assertThat(points).extracting(p -> p[0]).contains(0.0, 816.0);
        assertThat(points).as("no point in the middle of the map (Europe, the Middle East)")
                .noneMatch(p -> p[0] > 300 && p[0] < 700);
    }

    @Test
    void onA1280x720ScreenTheWindowsFitSideBySide() {
        var a = EntenteWithUI.arrange(new Rectangle(0, 0, 1280, 720), new Dimension(816, 433));
        Rectangle screen = new Rectangle(0, 0, 1280, 720);
        assertThat(screen.contains(a.map())).isTrue();
        assertThat(screen.contains(a.charts())).isTrue();
        assertThat(screen.contains(a.console())).isTrue();
        assertThat(a.console().width).isGreaterThanOrEqualTo(400);
        assertThat(a.charts().height).isGreaterThanOrEqualTo(EntenteWithUI.MIN_CHARTS_HEIGHT);
        assertThat(a.map().intersects(a.console()) || a.map().intersects(a.charts())).isFalse();
        // a screen with a task bar: the usable area is what is laid out
        var b = EntenteWithUI.arrange(new Rectangle(0, 0, 1280, 680), new Dimension(816, 433));
        assertThat(new Rectangle(0, 0, 1280, 680).contains(b.console())).isTrue();
        assertThat(b.charts().height).isEqualTo(680 - 433);
    }

    @Test
    void chartLinesUseBlueAndRedOnlyForTheWestAndTheEast() {
        List<String> actors = List.of("IRN", "RUS", "CHN", "USA", "EUU", "TUR");
        assertThat(SeriesStyle.of("RUS", actors).rgb()).isEqualTo(Palette.EAST.rgb());
        assertThat(SeriesStyle.of("CHN", actors).rgb()).isEqualTo(Palette.EAST.rgb());
        assertThat(SeriesStyle.of("RUS", actors).dash()).isNotEqualTo(SeriesStyle.of("CHN", actors).dash());
        assertThat(SeriesStyle.of("USA", actors).rgb()).isEqualTo(Palette.WEST.rgb());
        assertThat(SeriesStyle.of("EUU", actors).rgb()).isEqualTo(Palette.WEST.rgb());
        for (String other : List.of("IRN", "TUR")) {
            assertThat(SeriesStyle.of(other, actors).rgb()).isNotIn(Palette.WEST.rgb(), Palette.EAST.rgb());
        }
        assertThat(SeriesStyle.of("IRN", actors).rgb()).isNotEqualTo(SeriesStyle.of("TUR", actors).rgb());
    }

    @Test
    void everyTieLayerColourComesFromThePalette() {
        java.util.Set<Integer> palette = new java.util.HashSet<>();
        for (Palette p : Palette.values()) palette.add(p.rgb());
        for (java.awt.Color c : EntenteWithUI.TIE_COLOURS) assertThat(palette).contains(c.getRGB() & 0xFFFFFF);
        assertThat(Portrayals.change(0.1).getRGB() & 0xFFFFFF).isEqualTo(Palette.WEST.rgb());
        assertThat(Portrayals.change(-0.1).getRGB() & 0xFFFFFF).isEqualTo(Palette.EAST.rgb());
        assertThat(Portrayals.change(0).getRGB() & 0xFFFFFF).isEqualTo(Palette.NEUTRAL.rgb());
    }
}
