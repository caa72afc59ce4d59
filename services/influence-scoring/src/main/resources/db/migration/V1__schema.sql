-- influence-scoring: methodologies (versioned frameworks) and completed score runs.

-- One version of a methodology. A draft may be replaced or deleted; a published version never changes.
create sequence methodology_seq increment by 50;
create table methodology (
    id              bigint       primary key,
    key             varchar(60)  not null,
    version         integer      not null check (version >= 1),
    status          varchar(20)  not null check (status in ('DRAFT', 'PUBLISHED')),
    name            varchar(200) not null,
    -- the MethodologyRequest without its key: framework, indicators with sources, lenses
    definition      jsonb        not null,
    definition_hash varchar(64)     not null,
    row_version     bigint       not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(200) not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(200) not null,
    published_at    timestamp with time zone,
    unique (key, version)
);

-- A completed run. Runs are written whole, in one transaction, once every input has been read and
-- every score computed: there is no "running" or "failed" row.
create sequence score_run_seq increment by 50;
create table score_run (
    id                  bigint      primary key,
    methodology_id      bigint      not null references methodology (id),
    methodology_key     varchar(60) not null,
    methodology_version integer     not null,
    methodology_status  varchar(20) not null,
    -- the definition as run, so a run explains itself even if a draft is later edited
    definition          jsonb       not null,
    year                integer     not null,
    countries           text[],
    inputs_hash         varchar(64)    not null,
    same_inputs_as      bigint      references score_run (id),
    inputs_taken_at     timestamp with time zone not null,
    completed_at        timestamp with time zone not null,
    duration_ms         bigint      not null,
    countries_total     integer     not null,
    countries_scored    integer     not null,
    frameworks          text[]      not null,
    diagnostics         jsonb       not null,
    created_by          varchar(200) not null
);
create index score_run_latest_idx on score_run (methodology_key, year, completed_at desc, id desc);
create index score_run_inputs_idx on score_run (methodology_id, year, inputs_hash);

-- One country's result in one framework (main or a lens) of a run.
create table country_score (
    run_id         bigint       not null references score_run (id) on delete cascade,
    framework      varchar(60)  not null,
    country        varchar(3)   not null,
    name           varchar(200) not null,
    region_code    varchar(3),
    region         varchar(100),
    subregion_code varchar(3),
    subregion      varchar(100),
    scored         boolean      not null,
    reason         text,
    coverage       double precision not null,
    composite      double precision,
    rank           integer,
    -- scores of the root's children, for ranking rows
    top_groups     jsonb        not null,
    -- every group's score and every indicator's values and contribution
    detail         jsonb        not null,
    -- main framework only: per indicator, what its raw value was made from
    evidence       jsonb,
    primary key (run_id, framework, country)
);
create index country_score_rank_idx on country_score (run_id, framework, rank, country);
