# Reads an iCalendar file with libical (through GObject introspection) and prints: the number of
# VEVENTs, the number of components, and every X-LIC-ERROR libical attached while parsing.
import sys, gi
gi.require_version('ICalGLib', '3.0')
from gi.repository import ICalGLib
text = open(sys.argv[1]).read()
comp = ICalGLib.Component.new_from_string(text)
if comp is None:
    print('unparseable'); sys.exit(0)
# libical marks problems as X-LIC-ERROR properties inside the parsed tree.
errors = []
def walk(c):
    p = c.get_first_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    while p is not None:
        errors.append(p.as_ical_string().strip()); p = c.get_next_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    s = c.get_first_component(ICalGLib.ComponentKind.ANY_COMPONENT)
    while s is not None:
        walk(s); s = c.get_next_component(ICalGLib.ComponentKind.ANY_COMPONENT)
walk(comp)
print(comp.count_components(ICalGLib.ComponentKind.VEVENT_COMPONENT), comp.count_components(ICalGLib.ComponentKind.ANY_COMPONENT), errors)
