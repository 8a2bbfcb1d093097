import SovereignFilter
print("todo")
