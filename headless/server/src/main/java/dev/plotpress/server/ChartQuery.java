package dev.plotpress.server;

import dev.plotpress.export.ImageFormat;
import dev.plotpress.export.OutputFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Size;
import dev.plotpress.SpecSyntax;
import org.eclipse.jetty.util.Fields;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A request's query: the server's own keys ({@code format}, {@code image}, {@code syntax}, {@code width},
 * {@code height}, {@code dpi}) and the rest, the values of the parameters the spec declares.
 */
record ChartQuery(OutputFormat format, SpecSyntax syntax, Integer width, Integer height, Double dpi,
                  Map<String, String> arguments) {
    private static final Set<String> SIZE = Set.of("width", "height", "dpi");
    private static final Set<String> POSTED = Set.of("format", "image", "syntax", "width", "height", "dpi");
    /** A key the server knows that a route does not take: why, and what to ask instead. */
    private record NotHere(String reason, String fix) {
    }

    private static final NotHere POST_ONLY = new NotHere("is for POST /render; a served chart's type is its extension",
            "ask for NAME.png, NAME.jpeg, NAME.svg or NAME.pdf, with ?width, ?height, ?dpi and the spec's parameters");
    // the CLI's --quality: one long-lived encoder per server keeps JPEG answers cheap, so it is not per request
    private static final NotHere QUALITY = new NotHere("is not a query key: the JPEG quality is the server's (0.9)",
            "leave it out; the query keys are ?width, ?height and ?dpi, ?format, ?image and ?syntax for POST /render, "
                    + "and the parameters the spec declares under params:");
    private static final Map<String, NotHere> NOT_FOR_CHARTS = Map.of("format", POST_ONLY, "image", POST_ONLY,
            "syntax", POST_ONLY, "quality", QUALITY);
    private static final Map<String, NotHere> NOT_FOR_POSTS = Map.of("quality", QUALITY);

    /** For GET /charts/NAME.EXT: the extension is the format. */
    static ChartQuery forChart(Fields fields, String extension) {
        ImageFormat image;
        try {
            image = ImageFormat.fromName(extension);
        } catch (BadInputException e) {
            throw new Problem(404, "path", "unknown image type '." + extension + "'", "ask for NAME.png, NAME.jpeg, NAME.svg or NAME.pdf");
        }
        return parse(fields, SIZE, NOT_FOR_CHARTS, new OutputFormat(image, OutputFormat.Form.FILE), null);
    }

    /** For POST /render: {@code ?format=} (default png), {@code ?syntax=} or else the Content-Type. */
    static ChartQuery forPost(Fields fields, String contentType) {
        String inner = single(fields, "image");
        String format = single(fields, "format");
        ImageFormat image;
        try {
            image = inner == null ? ImageFormat.PNG : ImageFormat.fromName(inner);
        } catch (BadInputException e) {
            throw new Problem(400, "?image", "unknown image type '" + shorten(inner) + "'", "use ?image=png, jpeg or svg");
        }
        OutputFormat output;
        try {
            output = format == null ? new OutputFormat(ImageFormat.PNG, OutputFormat.Form.FILE) : OutputFormat.parse(format, image);
        } catch (BadInputException e) {
            throw new Problem(400, "?format", e.getMessage(), "use ?format=png, jpeg, svg, pdf, datauri or html and ?image=png, jpeg or svg");
        }
        if (inner != null && output.form() == OutputFormat.Form.FILE) {
            throw new Problem(400, "?image", "?image=" + shorten(inner) + " chooses the picture inside ?format=html or datauri, "
                    + "and this answer is " + (format == null ? "a png file" : "a " + shorten(format) + " file"),
                    "ask for ?format=" + shorten(inner) + ", or add ?format=datauri or ?format=html");
        }
        String syntaxName = single(fields, "syntax");
        SpecSyntax syntax;
        if (syntaxName != null) {
            syntax = switch (syntaxName) {
                case "yaml" -> SpecSyntax.YAML;
                case "json" -> SpecSyntax.JSON;
                default -> throw new Problem(400, "?syntax", "unknown syntax '" + syntaxName + "'", "use ?syntax=yaml or ?syntax=json");
            };
        } else {
            syntax = contentType != null && contentType.toLowerCase().contains("json") ? SpecSyntax.JSON : SpecSyntax.YAML;
        }
        return parse(fields, POSTED, NOT_FOR_POSTS, output, syntax);
    }

    private static ChartQuery parse(Fields fields, Set<String> own, Map<String, NotHere> notHere, OutputFormat format,
                                    SpecSyntax syntax) {
        Map<String, String> arguments = new TreeMap<>();
        for (Fields.Field field : fields) {
            if (field.getValues().size() > 1) {
                throw new Problem(400, "?" + field.getName(), "'" + field.getName() + "' is given "
                        + field.getValues().size() + " times", "give each query parameter once");
            }
            NotHere refused = notHere.get(field.getName());
            if (refused != null) {
                throw new Problem(400, "?" + field.getName(), "?" + field.getName() + "= " + refused.reason(), refused.fix());
            }
            if (!own.contains(field.getName())) {
                arguments.put(field.getName(), field.getValue());
            }
        }
        return new ChartQuery(format, syntax, whole(fields, "width"), whole(fields, "height"), dpi(fields), arguments);
    }

    /**
     * The size to draw: the spec's, with the query's overrides. More than {@code maxPixels} is a 413 (checked before
     * anything is allocated); an impossible size a 400.
     */
    Size size(ChartSpec spec, long maxPixels) {
        Size base = spec.size();
        double d = dpi != null ? dpi : base.dpi();
        double w = width != null ? width : base.widthInches() * d;
        double h = height != null ? height : base.heightInches() * d;
        if (Math.round(w) * (double) Math.round(h) > maxPixels) {
            throw new Problem(413, width != null || height != null || dpi != null ? given() : "size",
                    String.format("%.0f x %.0f pixels is more than the %,d pixels this server draws", w, h, maxPixels),
                    "ask for a smaller image (or ask whoever runs this server for a larger --max-megapixels)");
        }
        if (width == null && height == null && dpi == null) {
            return base;
        }
        if (Math.round(w) < 1 || Math.round(h) < 1) {
            throw new Problem(400, given(), String.format(java.util.Locale.ROOT, "that is %.3g x %.3g pixels: less than one pixel", w, h),
                    "give a larger ?dpi, ?width or ?height (e.g. ?dpi=100)");
        }
        try {
            return base.withPixels(width, height, dpi);
        } catch (InvalidSpecException e) {
            String field = e.field().endsWith("dpi") ? "?dpi" : e.field().endsWith("height") ? "?height" : "?width";
            throw new Problem(400, field, e.reason(), "give a positive size within the limits");
        }
    }

    /** The size keys the query gave, as written: "?dpi=5000", "?width=900&height=600". */
    private String given() {
        java.util.List<String> keys = new java.util.ArrayList<>();
        if (width != null) {
            keys.add("width=" + width);
        }
        if (height != null) {
            keys.add("height=" + height);
        }
        if (dpi != null) {
            keys.add("dpi=" + new dev.plotpress.model.ValueFormat(".6g").format(dpi));
        }
        return "?" + String.join("&", keys);
    }

    /** How this query changes the bytes, for cache keys: everything but the order of the keys. */
    String key() {
        return format + "|" + syntax + "|" + width + "|" + height + "|" + dpi + "|" + arguments;
    }

    private static String single(Fields fields, String name) {
        Fields.Field field = fields.get(name);
        return field == null ? null : field.getValue();
    }

    private static Integer whole(Fields fields, String name) {
        String text = single(fields, name);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Problem(400, "?" + name, name + " must be a whole number of pixels (1 or more), got '" + shorten(text) + "'",
                    "give e.g. ?" + name + "=800");
        }
    }

    private static Double dpi(Fields fields) {
        String text = single(fields, "dpi");
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Problem(400, "?dpi", "dpi must be a positive number, got '" + shorten(text) + "'", "give e.g. ?dpi=100");
        }
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
