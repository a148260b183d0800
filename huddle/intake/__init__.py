"""Reading export files (CSV, XLSX) into records and row problems. No database, no Qt."""
