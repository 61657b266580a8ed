using BenchmarkDotNet.Running;

// `load …` runs the whole-cluster load generator; anything else goes to BenchmarkDotNet.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
