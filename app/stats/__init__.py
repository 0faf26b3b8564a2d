"""Statistics of the cases: the report (report.py, counted by app/store/stats.py), its PDF
with ReportLab's charts (pdf.py) and ``izdeu stats`` (cli.py)."""
