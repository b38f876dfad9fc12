package dev.plotpress.model;

/**
 * Something the user gave us is wrong (a file, a spec, a value). The message names the file, the place
 * and the fix; the CLI maps this to exit code 2.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
