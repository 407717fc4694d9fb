"""Import families, caregivers, children, goals and visits from CSV and Excel files."""
