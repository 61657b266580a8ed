using Alms.Twins.Silo.Hosting;

await AlmsHost.Build(args).RunAsync();
