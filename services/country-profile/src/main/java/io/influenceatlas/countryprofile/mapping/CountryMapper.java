package io.influenceatlas.countryprofile.mapping;

import io.influenceatlas.countryprofile.api.CountryView;
import io.influenceatlas.countryprofile.api.ProfileRequest;
import io.influenceatlas.countryprofile.api.ProfileView;
import io.influenceatlas.countryprofile.api.RegionView;
import io.influenceatlas.countryprofile.domain.Country;

public final class CountryMapper {

    private CountryMapper() {
    }

    public static CountryView toView(Country c) {
        return new CountryView(c.alpha2, c.alpha3, c.numericCode, c.name,
                region(c.regionCode, c.region), region(c.subregionCode, c.subregion),
                region(c.intermediateRegionCode, c.intermediateRegion), toProfileView(c));
    }

    public static ProfileView toProfileView(Country c) {
        return new ProfileView(c.alpha3, c.briMouDate, c.briMouDate != null, c.dsrMouDate, c.dsrMouDate != null,
                c.regimeType, c.personalist, c.usAlignment, c.chinaThreatPerception, c.notes,
                c.sources.stream().map(SourceMapper::toView).toList(),
                c.sample, c.version, c.updatedAt, c.updatedBy);
    }

    /** The profile as a request, the base a JSON merge patch is applied to. */
    public static ProfileRequest toRequest(Country c) {
        return new ProfileRequest(c.briMouDate, c.dsrMouDate, c.regimeType, c.personalist, c.usAlignment,
                c.chinaThreatPerception, c.notes, c.sources.stream().map(SourceMapper::toRequest).toList());
    }

    private static RegionView region(String code, String name) {
        return code == null ? null : new RegionView(code, name);
    }
}
