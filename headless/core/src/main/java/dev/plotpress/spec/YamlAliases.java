package dev.plotpress.spec;

import dev.plotpress.model.BadInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Jackson binds a YAML alias to a scalar ({@code title: *lbl}) as the text "lbl", silently. Plotpress files
 * are small enough to write every value out, so an alias is refused where it stands.
 */
public final class YamlAliases {
    private YamlAliases() {
    }

    public static void refuse(Path file, byte[] text) {
        if (!contains(text, (byte) '*')) {
            return;
        }
        try {
            ParserImpl parser = new ParserImpl(new StreamReader(new InputStreamReader(new ByteArrayInputStream(text),
                    StandardCharsets.UTF_8)), new LoaderOptions());
            while (parser.peekEvent() != null) {
                Event event = parser.getEvent();
                if (event instanceof AliasEvent alias) {
                    throw new BadInputException(file + ":" + (alias.getStartMark().getLine() + 1) + ":"
                            + (alias.getStartMark().getColumn() + 1) + ": YAML alias '*" + alias.getAnchor()
                            + "': Plotpress files do not use anchors and aliases (&name, *name); write the value out");
                }
                if (event.is(Event.ID.StreamEnd)) {
                    return;
                }
            }
        } catch (YAMLException e) {
            // a syntax error: Jackson reports it with its place when the file is read
        }
    }

    private static boolean contains(byte[] text, byte b) {
        for (byte c : text) {
            if (c == b) {
                return true;
            }
        }
        return false;
    }
}
