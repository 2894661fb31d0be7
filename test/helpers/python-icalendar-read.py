# Reads an iCalendar file with Python's icalendar and prints the number of VEVENTs and of
# components below the calendar; parse errors end the script with a non-zero status.
import sys
from icalendar import Calendar
calendar = Calendar.from_ical(open(sys.argv[1], 'rb').read())
print(len(calendar.walk('VEVENT')), len(calendar.subcomponents))
