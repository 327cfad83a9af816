/// The CSV that eteam writes, cell by cell.
///
/// CSV-1 — every cell is an RFC 4180 field: quoted when it holds a comma, a quote, a line break
///         or leading or trailing blanks, with quotes doubled.
/// CSV-2 — a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would run as
///         a formula in a spreadsheet (CSV injection); it is written with a `'` before it, in
///         quotes, as OWASP recommends. Numbers eteam computes are never negative and are written
///         as they are, so that spreadsheets read them as numbers.
package io.eteam.csv;
