/**
 * Charts of the Secunity catalog and of rankings, drawn with JFreeChart and written as SVG (through
 * Batik's SVG generator) or PNG, with Japanese or English labels. Optional: no library module
 * depends on it.
 */
module org.secunity.charts {
    requires transitive org.secunity.core;
    requires transitive org.secunity.matching;
    requires java.desktop;
    requires java.xml;
    requires org.jfree.jfreechart;
    requires org.apache.xmlgraphics.batik.svggen;
    requires static org.jspecify;

    exports org.secunity.charts;
}
