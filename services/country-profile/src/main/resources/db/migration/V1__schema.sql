-- country-profile schema. Flyway owns it; Hibernate validates it.

-- ISO 3166-1 countries (reference data, V2) and each country's editable profile.
create table country (
    alpha3                   varchar(3)      primary key,
    alpha2                   varchar(2)      not null unique,
    numeric_code             varchar(3)      not null unique,
    name                     varchar(120) not null collate "und-x-icu",
    region_code              varchar(3),
    region                   varchar(60),
    subregion_code           varchar(3),
    subregion                varchar(60),
    intermediate_region_code varchar(3),
    intermediate_region      varchar(60),
    -- profile attributes
    bri_mou_date             date,
    dsr_mou_date             date,
    regime_type              varchar(30),
    personalist              boolean,
    us_alignment             varchar(30),
    china_threat_perception  varchar(10),
    notes                    text,
    sample                   boolean      not null default false,
    version                  bigint       not null default 0,
    updated_at               timestamp with time zone,
    updated_by               varchar(200)
);
create index country_region_idx on country (region_code, subregion_code);

create table country_profile_source (
    country    varchar(3)       not null references country (alpha3),
    position   integer       not null,
    attribute  varchar(40),
    url        varchar(2000),
    publisher  varchar(300)  not null,
    title      varchar(500),
    published  date,
    accessed   date,
    primary key (country, position)
);

-- Every profile change: who, when, and each field's old and new value.
create sequence profile_revision_seq start with 1 increment by 50;
create table profile_revision (
    id          bigint                   primary key,
    country     varchar(3)                  not null references country (alpha3),
    version     bigint                   not null,
    changed_at  timestamp with time zone not null,
    changed_by  varchar(200)             not null,
    changes     jsonb                    not null,
    unique (country, version)
);

create table indicator (
    code             varchar(64)   primary key,
    name             varchar(200)  not null,
    unit             varchar(80)   not null,
    direction        varchar(30)   not null,
    description      text,
    dimensions       text[]        not null default '{}',
    lenses           text[]        not null default '{}',
    source_url       varchar(2000),
    source_publisher varchar(300),
    source_title     varchar(500),
    source_published date,
    source_accessed  date,
    sample           boolean       not null default false,
    version          bigint        not null default 0,
    created_at       timestamp with time zone not null,
    created_by       varchar(200)  not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(200)  not null
);

create sequence observation_seq start with 1 increment by 50;
create table observation (
    id               bigint        primary key,
    country          varchar(3)       not null references country (alpha3),
    indicator        varchar(64)   not null references indicator (code),
    year             integer       not null,
    value            numeric       not null,
    source_url       varchar(2000),
    source_publisher varchar(300)  not null,
    source_title     varchar(500),
    source_published date,
    source_accessed  date,
    note             varchar(1000),
    sample           boolean       not null default false,
    version          bigint        not null default 0,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(200)  not null,
    constraint observation_key unique (country, indicator, year)
);
create index observation_indicator_year_idx on observation (indicator, year);

create sequence policy_event_seq start with 1 increment by 50;
create table policy_event (
    id          bigint        primary key,
    country     varchar(3)       not null references country (alpha3),
    event_date  date          not null,
    type        varchar(40)   not null,
    stance      varchar(20)   not null,
    title       varchar(300)  not null,
    description text,
    lenses      text[]        not null default '{}',
    sample      boolean       not null default false,
    version     bigint        not null default 0,
    created_at  timestamp with time zone not null,
    created_by  varchar(200)  not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(200)  not null
);
create index policy_event_country_date_idx on policy_event (country, event_date);
create index policy_event_date_idx on policy_event (event_date);

create table policy_event_source (
    event_id   bigint        not null references policy_event (id) on delete cascade,
    position   integer       not null,
    url        varchar(2000),
    publisher  varchar(300)  not null,
    title      varchar(500),
    published  date,
    accessed   date,
    primary key (event_id, position)
);

-- Which sample datasets were loaded, so the sample is applied on first start only.
create table sample_data_load (
    dataset    varchar(100) primary key,
    checksum   varchar(64)  not null,
    loaded_at  timestamp with time zone not null
);
