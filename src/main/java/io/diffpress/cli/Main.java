package io.diffpress.cli;

/** Entry point of {@code java -jar diffpress.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(DiffpressCommand.execute(args));
    }
}
