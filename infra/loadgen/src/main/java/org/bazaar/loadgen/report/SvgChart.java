package org.bazaar.loadgen.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG line chart of latency (log scale, ms) against throughput (per second): one polyline per series,
 * a dashed line for the objective. Written by hand so the report needs no display and no charting library.
 */
public final class SvgChart {

  /** A named series of (throughput, latency ms) points and its colour. */
  public record Series(String name, String colour, List<double[]> points) {
  }

  private static final int WIDTH = 640;
  private static final int HEIGHT = 360;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;

  private final String title;
  private final String xLabel;
  private final double objectiveMillis;
  private final List<Series> series = new ArrayList<>();

  public SvgChart(String title, String xLabel, double objectiveMillis) {
    this.title = title;
    this.xLabel = xLabel;
    this.objectiveMillis = objectiveMillis;
  }

  public SvgChart add(Series one) {
    series.add(one);
    return this;
  }

  public String render() {
    double maxX = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).max().orElse(1) * 1.05;
    double minY = Math.min(objectiveMillis, series.stream().flatMap(s -> s.points().stream())
        .mapToDouble(p -> p[1]).filter(v -> v > 0).min().orElse(1));
    double maxY = Math.max(objectiveMillis, series.stream().flatMap(s -> s.points().stream())
        .mapToDouble(p -> p[1]).max().orElse(10));
    double lowDecade = Math.floor(Math.log10(Math.max(minY, 0.01)));
    double highDecade = Math.ceil(Math.log10(maxY * 1.01));
    Scale scale = new Scale(maxX, lowDecade, Math.max(highDecade, lowDecade + 1));
    StringBuilder svg = new StringBuilder();
    svg.append(fmt("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
        + "font-family=\"sans-serif\" font-size=\"12\">\n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append(fmt("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, HEIGHT));
    svg.append(fmt("<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>\n", LEFT, escape(title)));
    axes(svg, scale);
    double y = scale.y(objectiveMillis);
    svg.append(fmt("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c00\" stroke-dasharray=\"6 4\"/>\n",
        LEFT, y, WIDTH - RIGHT, y));
    svg.append(fmt("<text x=\"%d\" y=\"%.1f\" fill=\"#c00\" text-anchor=\"end\">objective %s ms</text>\n",
        WIDTH - RIGHT - 4, y - 4, number(objectiveMillis)));
    int legend = 0;
    for (Series one : series) {
      StringBuilder points = new StringBuilder();
      for (double[] point : one.points()) {
        points.append(fmt("%.1f,%.1f ", scale.x(point[0]), scale.y(point[1])));
        svg.append(fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n", scale.x(point[0]),
            scale.y(point[1]), one.colour()));
      }
      svg.append(fmt("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>\n",
          points.toString().trim(), one.colour()));
      int lx = LEFT + 10 + legend++ * 110;
      svg.append(fmt("<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>", lx, TOP - 10, one.colour()));
      svg.append(fmt("<text x=\"%d\" y=\"%d\">%s</text>\n", lx + 18, TOP - 5, escape(one.name())));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private void axes(StringBuilder svg, Scale scale) {
    int bottom = HEIGHT - BOTTOM;
    svg.append(fmt("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n", LEFT, bottom, WIDTH - RIGHT,
        bottom));
    svg.append(fmt("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n", LEFT, TOP, LEFT, bottom));
    for (double decade = scale.lowDecade; decade <= scale.highDecade; decade++) {
      double value = Math.pow(10, decade);
      double y = scale.y(value);
      svg.append(fmt("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", LEFT, y, WIDTH - RIGHT, y));
      svg.append(fmt("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", LEFT - 6, y + 4, number(value)));
    }
    double step = niceStep(scale.maxX / 5);
    for (double x = 0; x <= scale.maxX; x += step) {
      svg.append(fmt("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>\n", scale.x(x), bottom,
          scale.x(x), bottom + 5));
      svg.append(fmt("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", scale.x(x), bottom + 18,
          number(x)));
    }
    svg.append(fmt("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", (LEFT + WIDTH - RIGHT) / 2,
        HEIGHT - 10, escape(xLabel)));
    svg.append(fmt("<text x=\"16\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">latency (ms, "
        + "log scale)</text>\n", (TOP + bottom) / 2, (TOP + bottom) / 2));
  }

  private record Scale(double maxX, double lowDecade, double highDecade) {

    double x(double value) {
      return LEFT + (WIDTH - LEFT - RIGHT) * value / maxX;
    }

    double y(double millis) {
      double log = Math.log10(Math.max(millis, Math.pow(10, lowDecade)));
      return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (log - lowDecade) / (highDecade - lowDecade);
    }
  }

  private static double niceStep(double raw) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
    for (double nice : new double[] {1, 2, 5, 10}) {
      if (nice * magnitude >= raw) {
        return nice * magnitude;
      }
    }
    return 10 * magnitude;
  }

  static String number(double value) {
    if (value >= 1000 && value % 1000 == 0) {
      return (long) (value / 1000) + "k";
    }
    return value == Math.rint(value) ? Long.toString((long) value) : fmt("%.2f", value).replaceAll("0+$", "");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
