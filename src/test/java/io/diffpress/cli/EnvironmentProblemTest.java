package io.diffpress.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.InvalidPathException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Errors of the machine (memory, file-name encoding) are told as such, even wrapped by a template call. */
class EnvironmentProblemTest {

    @Test
    void outOfMemoryInsideATemplateCallIsToldAsMemory() {
        RuntimeException wrapped = io.diffpress.DiffpressException.build(io.diffpress.Stage.SITE,
                "site: template report.peb: Could not call html", new RuntimeException("Could not call html", new OutOfMemoryError("Java heap space")));
        String message = DiffpressCommand.environmentProblem(wrapped).orElseThrow();
        assertTrue(message.startsWith("out of memory") && message.contains("-Xmx"), message);
    }

    @Test
    void aFileNameTheEncodingCannotHoldAsksForAUtf8Locale() {
        InvalidPathException e = new InvalidPathException("files/docs/???.md/index.html", "Malformed input or input contains unmappable characters");
        String message = DiffpressCommand.environmentProblem(new IllegalStateException(e)).orElseThrow();
        assertTrue(message.contains("files/docs/???.md/index.html") && message.contains("LANG=C.UTF-8"), message);
    }

    @Test
    void otherErrorsStayUnexpected() {
        assertEquals(Optional.empty(), DiffpressCommand.environmentProblem(new IllegalStateException("bug")));
        assertEquals(Optional.empty(), DiffpressCommand.environmentProblem(new InvalidPathException("a\0b", "Nul character not allowed")));
    }
}
