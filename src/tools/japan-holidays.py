#!/usr/bin/env python3
"""Writes src/main/resources/holidays/Holidays_jp.xml: Japan's national holidays 2000-2060 in
Jollyday's own configuration format, one dated entry per holiday.

Jollyday 1.8.1's Japan keeps 23 December (the emperor's birthday until 2018), lacks 23 February,
both equinoxes, substitute holidays and citizens' holidays; its format cannot state an equinox or
"the next day that is not a holiday", so this script applies the Act on National Holidays and
writes plain dates. Rules:
- fixed days, Happy Monday days (2000-), the 2019 enthronement days, the 2020/2021 Olympic moves;
- equinoxes by the Cabinet Office's formula for 1980-2099;
- a holiday on a Sunday moves to the next day that is not a holiday (2007-; before: the Monday);
- a day between two holidays is a citizens' holiday.
Run: python3 src/tools/japan-holidays.py > src/main/resources/holidays/Holidays_jp.xml
"""
import datetime as dt

D = dt.date


def nth_monday(y, m, n):
    d = D(y, m, 1)
    d += dt.timedelta(days=(0 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def equinox(y, base):
    return int(base + 0.242194 * (y - 1980) - (y - 1980) // 4)


def holidays(y):
    h = {}
    h[D(y, 1, 1)] = "NEW_YEAR"
    h[nth_monday(y, 1, 2)] = "COMING_OF_AGE"
    h[D(y, 2, 11)] = "FOUNDATION"
    if y >= 2020:
        h[D(y, 2, 23)] = "EMPERORS_BIRTHDAY"
    h[D(y, 3, equinox(y, 20.8431))] = "VERNAL_EQUINOX"
    h[D(y, 4, 29)] = "SHOWA_DAY" if y >= 2007 else "GREENERY_DAY"
    h[D(y, 5, 3)] = "CONSTITUTION_DAY"
    if y >= 2007:
        h[D(y, 5, 4)] = "GREENERY_DAY"
    h[D(y, 5, 5)] = "CHILDRENS_DAY"
    marine = {2020: D(2020, 7, 23), 2021: D(2021, 7, 22)}
    if y in marine:
        h[marine[y]] = "NAVY_DAY"
    elif y >= 2003:
        h[nth_monday(y, 7, 3)] = "NAVY_DAY"
    else:
        h[D(y, 7, 20)] = "NAVY_DAY"
    mountain = {2020: D(2020, 8, 10), 2021: D(2021, 8, 8)}
    if y in mountain:
        h[mountain[y]] = "MOUNTAIN_DAY"
    elif y >= 2016:
        h[D(y, 8, 11)] = "MOUNTAIN_DAY"
    h[nth_monday(y, 9, 3) if y >= 2003 else D(y, 9, 15)] = "RESPECT_AGED_DAY"
    h[D(y, 9, equinox(y, 23.2488))] = "AUTUMNAL_EQUINOX"
    sports = {2020: D(2020, 7, 24), 2021: D(2021, 7, 23)}
    if y in sports:
        h[sports[y]] = "HEALTH_SPORTS"
    else:
        h[nth_monday(y, 10, 2)] = "HEALTH_SPORTS"
    h[D(y, 11, 3)] = "CULTURE_DAY"
    h[D(y, 11, 23)] = "LABOUR_DAY"
    if y <= 2018:
        h[D(y, 12, 23)] = "EMPERORS_BIRTHDAY"
    if y == 2019:
        h[D(2019, 5, 1)] = "ENTHRONEMENT"
        h[D(2019, 10, 22)] = "ENTHRONEMENT"
    # Citizens' holidays: a day that is not Sunday between two holidays.
    for day in sorted(h):
        between = day + dt.timedelta(days=1)
        if between not in h and between + dt.timedelta(days=1) in h and between.weekday() != 6:
            h[between] = "CITIZENS_HOLIDAY"
    # Substitute holidays.
    for day in sorted(list(h)):
        if day.weekday() == 6 and h[day] != "SUBSTITUTE_HOLIDAY":
            sub = day + dt.timedelta(days=1)
            while y >= 2007 and sub in h:
                sub += dt.timedelta(days=1)
            if sub not in h:
                h[sub] = "SUBSTITUTE_HOLIDAY"
    return h


MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
          "OCTOBER", "NOVEMBER", "DECEMBER"]

print('<?xml version="1.0" encoding="UTF-8"?>')
print('<!-- Written by src/tools/japan-holidays.py: do not edit by hand. -->')
print('<Configuration hierarchy="jp" description="Japan"')
print('               xmlns="https://focus_shift.de/jollyday/schema/holiday"')
print('               xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')
print('               xsi:schemaLocation="https://focus_shift.de/jollyday/schema/holiday https://focus_shift.de/jollyday/schema/holiday/holiday.xsd">')
print('  <Holidays>')
for y in range(2000, 2061):
    for day, key in sorted(holidays(y).items()):
        print(f'    <Fixed month="{MONTHS[day.month - 1]}" day="{day.day}" validFrom="{y}" validTo="{y}" descriptionPropertiesKey="{key}"/>')
print('  </Holidays>')
print('</Configuration>')
