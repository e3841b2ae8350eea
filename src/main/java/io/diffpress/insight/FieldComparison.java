package io.diffpress.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fields added, removed or changed between two flat key/value maps, removed ones first. */
final class FieldComparison {

    private FieldComparison() {
    }

    static List<Fact> compare(Fact.Scope scope, Map<String, String> before, Map<String, String> after) {
        List<Fact> facts = new ArrayList<>();
        before.forEach((key, value) -> {
            if (!after.containsKey(key)) {
                facts.add(new Fact.FieldRemoved(scope, key, value));
            }
        });
        after.forEach((key, value) -> {
            String old = before.get(key);
            if (old == null && !before.containsKey(key)) {
                facts.add(new Fact.FieldAdded(scope, key, value));
            } else if (!value.equals(old)) {
                facts.add(new Fact.FieldChanged(scope, key, old, value));
            }
        });
        return facts;
    }
}
