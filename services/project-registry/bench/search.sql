-- The statements project-registry runs for the benchmarked search
-- GET /projects?country=KEN&category=MOBILE_NETWORK,DATA_CENTRE,SAFE_CITY&sort=-valueUsd&size=50:
-- the count, the page of ids, then the page's projects, their countries and organisations
-- (loaded by id, as Hibernate does).
select count(*) from project p
 where exists (select 1 from project_country pc where pc.project_id = p.id and pc.country in ('KEN'))
   and p.category in ('MOBILE_NETWORK', 'DATA_CENTRE', 'SAFE_CITY');
with page as (
  select p.id from project p
   where exists (select 1 from project_country pc where pc.project_id = p.id and pc.country in ('KEN'))
     and p.category in ('MOBILE_NETWORK', 'DATA_CENTRE', 'SAFE_CITY')
   order by p.value_usd desc nulls last, p.id limit 50 offset 0)
select p.*, (select json_agg(pc) from project_country pc where pc.project_id = p.id) as countries,
       (select json_agg(o.name) from project_organisation po join organisation o on o.id = po.organisation_id
         where po.project_id = p.id) as organisations
  from project p join page on page.id = p.id;
