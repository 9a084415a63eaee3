"""The concrete executor: a program run on concrete inputs, region memory and helper models."""
