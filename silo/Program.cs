using Alms.Twins.Silo.Hosting;
using Alms.Twins.Silo.Storage;

// `migrate` applies the PostgreSQL schema and exits; anything else runs the silo.
if (args is ["migrate", .. var rest])
{
    var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().AddCommandLine(rest).Build();
    return await MigrateCommand.RunAsync(configuration[PostgresSiloExtensions.ConnectionStringKey], Console.Out);
}

await AlmsHost.Build(args).RunAsync();
return 0;
