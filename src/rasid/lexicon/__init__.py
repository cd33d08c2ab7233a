"""Loading and compiling the data files (actors, triggers, cues, sources) once per process."""
