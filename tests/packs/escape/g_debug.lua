local t = debug.getinfo(1)
