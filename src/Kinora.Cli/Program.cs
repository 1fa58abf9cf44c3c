return Kinora.Cli.CommandLine.Run(args);
