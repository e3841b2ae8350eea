package io.diffpress;

/**
 * A failure the user can act on, tagged with the pipeline stage it came from.
 * {@link Kind#INPUT} means bad configuration, arguments or repository (exit code 2);
 * {@link Kind#BUILD} means the build itself failed (exit code 1).
 */
public class DiffpressException extends RuntimeException {
    public enum Kind { INPUT, BUILD }

    private final Stage stage;
    private final Kind kind;

    public DiffpressException(Stage stage, Kind kind, String message) {
        super(message);
        this.stage = stage;
        this.kind = kind;
    }

    public DiffpressException(Stage stage, Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.kind = kind;
    }

    public static DiffpressException input(Stage stage, String message) {
        return new DiffpressException(stage, Kind.INPUT, message);
    }

    public static DiffpressException build(Stage stage, String message, Throwable cause) {
        return new DiffpressException(stage, Kind.BUILD, message, cause);
    }

    public Stage stage() {
        return stage;
    }

    public Kind kind() {
        return kind;
    }

    /** The message as shown to the user: prefixed with the stage, like "config: ...". */
    public String userMessage() {
        return stage.label() + ": " + getMessage();
    }
}
