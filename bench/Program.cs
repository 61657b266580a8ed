using Alms.Twins.Bench.Load;
using BenchmarkDotNet.Running;

// `load …` runs the whole-cluster load generator; anything else goes to BenchmarkDotNet.
if (args is ["load", ..])
{
    return await LoadRun.RunAsync(LoadOptions.Parse(args));
}

BenchmarkSwitcher.FromAssembly(typeof(LoadRun).Assembly).Run(args);
return 0;
