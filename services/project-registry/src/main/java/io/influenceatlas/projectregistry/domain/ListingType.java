package io.influenceatlas.projectregistry.domain;

/** Government lists an organisation can be on (sanctions, export controls, designations). */
public enum ListingType {
    US_ENTITY_LIST, US_NDAA_1260H, US_NS_CMIC, US_FCC_COVERED_LIST, OTHER
}
