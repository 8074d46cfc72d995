package eu.art28.deletion.entity;

/** What the controller chose to happen to the personal data once the processing ends (Art. 28(3)(g)). */
public enum Choice {
    DELETE, RETURN
}
