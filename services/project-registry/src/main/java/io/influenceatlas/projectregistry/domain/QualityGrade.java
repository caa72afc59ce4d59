package io.influenceatlas.projectregistry.domain;

/** Data-quality grade of a record: A primary plus corroborating source, B one reputable source, C secondary only, D weak. */
public enum QualityGrade {
    A, B, C, D
}
