package io.diffpress;

import java.util.List;

/**
 * What {@code generate} did.
 *
 * @param ranges     compare ranges planned
 * @param written    reports written (paths under content/)
 * @param upToDate   reports already there for the same range
 * @param keptEdited reports a person edited, left as they are
 * @param removed    reports this tool wrote whose range the history no longer has, deleted ({@code generate --prune})
 * @param warnings   things the user should know that did not stop the run (a language model no longer asked)
 */
public record GenerateResult(int ranges, List<String> written, List<String> upToDate, List<String> keptEdited,
                             List<String> removed, List<String> warnings) {

    public GenerateResult {
        written = List.copyOf(written);
        upToDate = List.copyOf(upToDate);
        keptEdited = List.copyOf(keptEdited);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }
}
