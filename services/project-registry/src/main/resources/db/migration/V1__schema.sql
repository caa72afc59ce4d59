-- project-registry schema. Flyway owns it; Hibernate validates it.

-- ISO 3166-1 reference codes (rows in V2): every country a project or organisation names.
create table country (
    alpha3 varchar(3)   primary key,
    alpha2 varchar(2)   not null unique,
    name   varchar(120) not null
);

-- Companies, financiers, ministries: shared records that projects reference by id.
-- Sources and listings are documents of the record (read and written whole), hence jsonb.
create sequence organisation_seq start with 1 increment by 50;
create table organisation (
    id              bigint        primary key,
    name            varchar(300)  not null,
    aliases         text[]        not null default '{}',
    origin_country  varchar(3)    references country (alpha3),
    type            varchar(40)   not null,
    state_ownership varchar(20)   not null,
    website         varchar(2000),
    notes           text,
    listings        jsonb         not null default '[]',
    sources         jsonb         not null default '[]',
    sample          boolean       not null default false,
    version         bigint        not null default 0,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(200)  not null
);
-- Names are matched exactly but without regard to case (imports name organisations).
create unique index organisation_name_key on organisation (lower(name));
create index organisation_aliases_idx on organisation using gin (aliases);

create sequence project_seq start with 1 increment by 50;
create table project (
    id                 bigint        primary key,
    external_id        varchar(200)  unique,
    title              varchar(500)  not null,
    description        text,
    category           varchar(40)   not null,
    -- the last entry of status_history, kept as a column for filters and aggregates
    status             varchar(30)   not null,
    state              varchar(20)   not null,
    -- dates are ISO 8601 with year, month or day precision ('2019', '2019-04', '2019-04-12'),
    -- so they sort as text and keep the precision the source gave
    announced_on       varchar(10),
    agreed_on          varchar(10),
    started_on         varchar(10),
    completed_on       varchar(10),
    -- year of the earliest of the four dates or of the status history: the year filters use it
    first_year         integer,
    value_amount       numeric(20, 2),
    value_currency     varchar(3),
    value_usd          numeric(20, 2),
    layer_criticality  varchar(20),
    switching_cost     varchar(10),
    standard           varchar(20),
    supplier_role      varchar(20),
    data_access        varchar(10),
    lock_in_note       text,
    -- alpha-3 codes of project_country, kept on the row so a country filter is one index lookup
    -- combined with the others (project_country keeps the roles)
    country_codes      text[]        not null default '{}',
    tags               text[]        not null default '{}',
    quality_grade      varchar(1),
    status_history     jsonb         not null,
    sources            jsonb         not null default '[]',
    geometry           jsonb,
    sample             boolean       not null default false,
    version            bigint        not null default 0,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    updated_by         varchar(200)  not null,
    search_text        tsvector generated always as
        (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, ''))) stored,
    constraint project_value_amount_check check (value_amount is null or value_amount >= 0),
    constraint project_value_usd_check check (value_usd is null or value_usd >= 0)
);
create index project_category_status_idx on project (category, status);
create index project_first_year_idx on project (first_year);
create index project_value_usd_idx on project (value_usd);
create index project_tags_idx on project using gin (tags);
create index project_country_codes_idx on project using gin (country_codes);
create index project_search_idx on project using gin (search_text);

-- The countries a project touches; one role per country and project.
create table project_country (
    project_id bigint      not null references project (id) on delete cascade,
    country    varchar(3)  not null references country (alpha3),
    role       varchar(20) not null,
    primary key (project_id, country)
);
-- covers the country filters (exists … where country in …) without touching the table
create index project_country_country_idx on project_country (country, role, project_id);

-- Organisations linked to a project with a role; an organisation still linked cannot be deleted.
create table project_organisation (
    project_id      bigint      not null references project (id) on delete cascade,
    organisation_id bigint      not null references organisation (id) on delete restrict,
    role            varchar(20) not null,
    primary key (project_id, organisation_id, role)
);
create index project_organisation_org_idx on project_organisation (organisation_id, role);

-- Every saved change of a project or organisation: who, when, what changed, and the whole record
-- as it then was (so ?asOf= can return it). Kept when the record is deleted.
create sequence revision_seq start with 1 increment by 50;
create table revision (
    id          bigint       primary key,
    entity_type varchar(20)  not null,
    entity_id   bigint       not null,
    version     bigint       not null,
    changed_at  timestamp with time zone not null,
    changed_by  varchar(200) not null,
    deleted     boolean      not null default false,
    changes     jsonb        not null,
    snapshot    jsonb
);
create index revision_entity_idx on revision (entity_type, entity_id, changed_at);

-- Which shipped sample dataset was loaded, so it is loaded once.
create table sample_data_load (
    dataset   varchar(100) primary key,
    checksum  varchar(64)  not null,
    loaded_at timestamp with time zone not null
);
