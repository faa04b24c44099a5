"""Reports, exports and imports for coordinators: period and county PDFs, attendance
sheets, spreadsheet/CSV exports and the participant/activity import."""
