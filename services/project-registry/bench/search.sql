-- The statements project-registry issues for the benchmarked search
-- GET /projects?country=KEN&category=MOBILE_NETWORK,DATA_CENTRE,SAFE_CITY&sort=-valueUsd&size=50:
-- the count, the page of ids, then the page's projects, their countries, their organisation links
-- and those organisations. The service passes the page's ids from one statement to the next; here
-- they travel in a pgbench variable.
select count(*) from project p
 where p.country_codes && string_to_array('KEN', ',')
   and p.category in ('MOBILE_NETWORK', 'DATA_CENTRE', 'SAFE_CITY');
select '''' || coalesce(string_agg(id::text, ','), '0') || '''' as ids from (
  select p.id from project p
   where p.country_codes && string_to_array('KEN', ',')
     and p.category in ('MOBILE_NETWORK', 'DATA_CENTRE', 'SAFE_CITY')
   order by p.value_usd desc nulls last, p.id limit 50 offset 0) page
\gset
select * from project where id = any(string_to_array(:ids, ',')::bigint[]);
select * from project_country where project_id = any(string_to_array(:ids, ',')::bigint[]);
select * from project_organisation where project_id = any(string_to_array(:ids, ',')::bigint[]);
select * from organisation where id in
  (select organisation_id from project_organisation where project_id = any(string_to_array(:ids, ',')::bigint[]));
