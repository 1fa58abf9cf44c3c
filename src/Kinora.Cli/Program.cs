// The segment worker is not a command for people: the render command starts it (see WorkerCrew).
return args is [Kinora.Pipeline.SegmentWorker.Command, var job] ? Kinora.Pipeline.SegmentWorker.Run(job) : Kinora.Cli.CommandLine.Run(args);
