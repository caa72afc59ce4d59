package io.influenceatlas.scoring.api;

/** A lock-in attribute of a project whose weight the registry multiplies in (its weightBy keys). */
public enum LockInFactor {
    CRITICALITY("criticality"), SWITCHING_COST("switchingCost"), SUPPLIER_ROLE("supplierRole"),
    DATA_ACCESS("dataAccess"), STANDARD("standard");

    private final String key;

    LockInFactor(String key) {
        this.key = key;
    }

    /** The registry's parameter value. */
    public String key() {
        return key;
    }
}
