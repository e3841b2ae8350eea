package io.diffpress;

/** The named steps of the pipeline, used to prefix every error. */
public enum Stage {
    CONFIG("config"),
    HISTORY("history"),
    INSIGHT("insight"),
    CONTENT("content"),
    SITE("site"),
    SEARCH("search"),
    FEED("feed"),
    PUBLISH("publish");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
