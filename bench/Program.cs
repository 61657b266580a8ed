using System.Reflection;
using BenchmarkDotNet.Running;

// `load …` runs the whole-cluster load generator; anything else goes to BenchmarkDotNet.
// The executing assembly, not typeof(Program): the silo's Program is visible here too.
BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
