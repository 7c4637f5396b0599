"""Indicator outcomes from Kolada's open API (v3): fetch, compare, splice into the strategy.

The modules, one job each: ``ids`` (the forms of KPI and area ids), ``response`` (reading
an answer, which is untrusted input), ``cache`` (answers kept under the user's cache
folder), ``client`` (HTTP with httpx: timeouts, retries, paging, a bound on what is read),
``compare`` (what Kolada has that the strategy lacks), ``splice`` (writing it into the
YAML text in place) and ``run`` (the whole `rustool fetch`).
"""
