using Kinora.Core;
using Kinora.Pipeline;
using Kinora.Render;
using Kinora.Script;

namespace Kinora.Cli;

/// <summary>
/// The kinora command. Exit codes are a contract: 0 success, 2 bad input (with diagnostics on standard error),
/// 1 any other failure.
/// </summary>
public static class CommandLine
{
    public const int Ok = 0, Failed = 1, BadInput = 2;

    const string Usage = """
        usage:
          kinora render [PROJECT_DIR | --prompt TEXT | --screenplay FILE] [-o FILE] [--duration SECONDS]
                        [--size 4k|1080p|720p|480p|WxH] [--fps N] [--seed N] [--workers N] [--backend auto|cpu|gpu]
                        [--progress text|json|none] [--cache-limit SIZE] [--planner auto|rules|llm]
          kinora plan   (--prompt TEXT | --screenplay FILE) [--duration SECONDS] [--size …] [--fps N] [--seed N]
                        [--planner auto|rules|llm] -o PROJECT_DIR
          kinora parse  FILE [--json]
          kinora check  PROJECT_DIR [--json]
          kinora storyboard PROJECT_DIR [-o FILE]
          kinora export PROJECT_DIR (--otio | --edl | --gltf) [-o FILE]
          kinora cache  [PROJECT_DIR] [--limit SIZE | --clear]
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.Out.WriteLine(Usage);
            return args.Length == 0 ? BadInput : Ok;
        }
        try
        {
            return args[0] switch
            {
                "render" => Render(args[1..]),
                "plan" => PlanCommand(args[1..]),
                "parse" => Parse(args[1..]),
                "check" => Check(args[1..]),
                "export" => Export(args[1..]),
                "storyboard" => Storyboard(args[1..]),
                "cache" => Cache(args[1..]),
                _ => Fail(BadInput, $"unknown command '{args[0]}'\n{Usage}"),
            };
        }
        catch (InputException e)
        {
            foreach (var d in e.Diagnostics) Console.Error.WriteLine($"kinora: {d}");
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("kinora: interrupted; nothing was written at the output path");
            return Failed;
        }
        catch (Exception e) when (e is RendererUnavailableException or Kinora.Output.EncoderException or ShootFailedException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"kinora: error: {e.Message}");
            return Failed;
        }
    }

    static int Fail(int code, string message)
    {
        Console.Error.WriteLine($"kinora: {message}");
        return code;
    }

    static readonly HashSet<string> PlanFlags = ["--prompt", "--screenplay", "-o", "--output", "--duration", "--size", "--fps", "--seed", "--planner"];

    /// <summary>
    /// Who writes the screenplay for a prompt: with --planner rules the rule-based planner; with llm the endpoint that
    /// KINORA_LLM_BASE_URL names (an error when none is set); with auto, the default, the endpoint when one is set.
    /// </summary>
    static StoryPlanning? StoryPlanningFor(Arguments a, FilmSource? source, CancellationToken cancel)
    {
        string mode = a.Value("--planner") ?? "auto";
        if (mode is not ("auto" or "rules" or "llm"))
        {
            a.Error($"--planner '{mode}': use auto, rules or llm");
            return null;
        }
        if (mode == "rules" || source is not FilmSource.Prompt) return null;
        LlmSettings? llm;
        try { llm = LlmSettings.FromEnvironment(); }
        catch (InputException e)
        {
            foreach (var d in e.Diagnostics) a.Error(d.ToString());
            return null;
        }
        if (llm is null)
        {
            if (mode == "llm") a.Error($"--planner llm needs an endpoint: set {LlmSettings.BaseUrlVariable} (e.g. http://127.0.0.1:8080/v1) and {LlmSettings.ModelVariable}");
            return null;
        }
        Console.Error.WriteLine($"kinora: asking {llm.Model} at {llm.BaseUrl} for the screenplay (up to {llm.Timeout.TotalSeconds:0} s)");
        return new StoryPlanning(llm, warning => Console.Error.WriteLine($"kinora: warning: {warning}"), cancel);
    }

    static (FilmSource? Source, PlanOverrides Overrides, string? Output) ReadCommon(Arguments a, bool allowProject)
    {
        double? duration = a.Number("--duration", 1, Kinora.Production.ProductionPlanner.MaxDuration, "seconds");
        if (a.Value("--duration") is { } dv && duration is null && a.Errors.Count == 0) a.Error($"--duration '{dv}' is not usable");
        int? width = null, height = null;
        if (a.Value("--size") is { } size)
        {
            if (FrameSize.TryParse(size, out int w, out int h, out string problem)) { width = w; height = h; }
            else a.Error(problem);
        }
        int? fps = (int?)a.Integer("--fps", 1, 120);
        long? seed = a.Integer("--seed", 0, long.MaxValue);
        string? output = a.Value("-o") ?? a.Value("--output");

        FilmSource? source = null;
        int given = (a.Has("--prompt") ? 1 : 0) + (a.Has("--screenplay") ? 1 : 0) + a.Positionals.Count;
        if (given > 1) a.Error("give one input: a PROJECT_DIR, --prompt TEXT or --screenplay FILE");
        else if (a.Value("--prompt") is { } prompt)
        {
            if (string.IsNullOrWhiteSpace(prompt)) a.Error("the prompt is empty: describe who, where and what happens, e.g. --prompt \"A keeper rescues a sailor at night\"");
            source = new FilmSource.Prompt(prompt);
        }
        else if (a.Value("--screenplay") is { } file) source = new FilmSource.ScreenplayFile(file);
        else if (a.Positionals.Count == 1)
        {
            if (!allowProject) a.Error($"unexpected argument '{a.Positionals[0]}'");
            source = new FilmSource.ProjectFolder(a.Positionals[0]);
        }
        return (source, new PlanOverrides(duration, width, height, fps, seed), output);
    }

    static int Render(string[] args)
    {
        var a = new Arguments(args, PlanFlags.Union(["--workers", "--backend", "--progress", "--render-scale", "--cache-limit"]).ToHashSet(), new HashSet<string>());
        var (source, overrides, output) = ReadCommon(a, allowProject: true);
        source ??= new FilmSource.Sample();
        int workers = (int)(a.Integer("--workers", 1, 64) ?? 0);
        var backend = RenderBackend.Auto;
        switch (a.Value("--backend"))
        {
            case null or "auto": break;
            case "cpu": backend = RenderBackend.Cpu; break;
            case "gpu": backend = RenderBackend.Gpu; break;
            case var b: a.Error($"--backend '{b}' is not a backend: use auto, cpu or gpu"); break;
        }
        string progressMode = a.Value("--progress") ?? (Console.IsErrorRedirected ? "text" : "bar");
        if (progressMode is not ("text" or "bar" or "json" or "none")) a.Error($"--progress '{progressMode}': use text, json or none");
        double scale = a.Number("--render-scale", 0.1, 2, "(a factor)") ?? 0;
        long? cacheLimit = CacheLimit(a, "--cache-limit");
        output ??= source is FilmSource.ProjectFolder pf ? Path.Combine(pf.Path, "film.mp4") : "film.mp4";
        if (!output.EndsWith(".mp4", StringComparison.OrdinalIgnoreCase)) a.Error($"-o '{output}': the film is written as MP4; name it with .mp4");
        if (Directory.Exists(output)) a.Error($"-o '{output}' is a folder; give a file name such as film.mp4");
        using var cancel = new CancellationTokenSource();
        var story = StoryPlanningFor(a, source, cancel.Token);
        if (a.Errors.Count > 0) throw new InputException(a.Errors);

        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        // kill and a closed terminal stop the render the same way Ctrl-C does: cleanly, leaving no partial film.
        using var onTerm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; cancel.Cancel(); });
        using var onHup = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGHUP, c => { c.Cancel = true; cancel.Cancel(); });
        try
        {
            var plan = Planning.Plan(source, overrides, story);
            var p = plan.Production;
            Console.Error.WriteLine($"kinora: {p.Bible.Title}: {p.Scenes.Length} scenes, {plan.Shots.Shots.Length} shots, {p.Duration:0.##} s at {p.Bible.Format.Width}x{p.Bible.Format.Height} {p.Bible.Format.Fps} fps");
            var options = new ShootOptions(output, backend, new ProgressPrinter(progressMode), (float)scale)
            {
                Workers = workers,
                WorkerCommand = WorkerCommand.Find(),
                CacheLimit = cacheLimit,
            };
            var report = Shoot.Run(plan, options, cancel.Token);
            if (progressMode == "bar") Console.Error.WriteLine();
            Console.Error.WriteLine($"kinora: wrote {output} ({report.Frames} frames in {report.Seconds:0.0} s; {report.SegmentsRendered} of {report.Segments} segments rendered on {report.Renderer}, the rest from the cache; {report.IntegratedLufs:0.0} LUFS)");
            return Ok;
        }
        finally { Console.CancelKeyPress -= onCancel; }
    }

    static int PlanCommand(string[] args)
    {
        var a = new Arguments(args, PlanFlags, new HashSet<string>());
        var (source, overrides, output) = ReadCommon(a, allowProject: false);
        if (source is null) a.Error("plan needs --prompt TEXT or --screenplay FILE");
        if (output is null) a.Error("plan needs -o PROJECT_DIR: the folder to write screenplay.fountain, bible.yaml and shots.yaml into");
        else if (File.Exists(output)) a.Error($"-o '{output}' is a file; give a folder");
        using var cancel = new CancellationTokenSource();
        var story = StoryPlanningFor(a, source, cancel.Token);
        if (a.Errors.Count > 0) throw new InputException(a.Errors);
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        FilmPlan plan;
        try { plan = Planning.Plan(source!, overrides, story); }
        finally { Console.CancelKeyPress -= onCancel; }
        Planning.WriteFolder(plan, output!);
        Console.Out.WriteLine($"{output}: {plan.Production.Scenes.Length} scenes, {plan.Shots.Shots.Length} shots, {plan.Production.Duration:0.##} s; edit the files, then: kinora render {output}");
        return Ok;
    }

    static long? CacheLimit(Arguments a, string flag)
    {
        if (a.Value(flag) is not { } text) return null;
        if (CacheUsage.TryParseSize(text, out long bytes)) return bytes;
        a.Error($"{flag} '{text}' is not a size; write bytes or a number with K, M, G or T, as in 20G");
        return null;
    }

    /// <summary>
    /// `kinora cache [PROJECT_DIR] [--limit SIZE | --clear]`: what the render cache holds (a production folder's own,
    /// or the shared one), pruned to a size (least recently used first) or emptied on request.
    /// </summary>
    static int Cache(string[] args)
    {
        var a = new Arguments(args, new HashSet<string> { "--limit" }, new HashSet<string> { "--clear" });
        if (a.Positionals.Count > 1) a.Error("cache takes at most one PROJECT_DIR: kinora cache [myfilm] [--limit 5G | --clear]");
        long? limit = CacheLimit(a, "--limit");
        if (limit is not null && a.Has("--clear")) a.Error("give --limit SIZE or --clear, not both");
        if (a.Positionals.Count == 1 && !Directory.Exists(a.Positionals[0])) a.Error($"no such production folder: {a.Positionals[0]}");
        if (a.Errors.Count > 0) throw new InputException(a.Errors);

        var cache = RenderCache.For(a.Positionals.Count == 1 ? new FilmSource.ProjectFolder(a.Positionals[0]) : null);
        if (a.Has("--clear")) limit = 0;
        if (limit is { } bytes && Directory.Exists(cache.Directory))
        {
            cache.Sweep();
            var pruned = cache.Prune(bytes);
            Console.Out.WriteLine($"{cache.Directory}: removed {pruned.Removed} entries ({CacheUsage.Describe(pruned.BytesFreed)})");
        }
        var usage = Directory.Exists(cache.Directory) ? cache.Usage() : new CacheUsage(0, 0, 0);
        Console.Out.WriteLine($"{cache.Directory}: {usage.Segments} segments and {usage.Soundtracks} soundtracks, {CacheUsage.Describe(usage.Bytes)}; "
            + $"renders prune it to {CacheUsage.Describe(CacheUsage.Limit())} (KINORA_CACHE_LIMIT or --cache-limit)");
        return Ok;
    }

    /// <summary>`kinora check` exits with this when the film breaks a continuity or craft rule.</summary>
    public const int Violations = 3;

    static int Storyboard(string[] args)
    {
        var a = new Arguments(args, new HashSet<string> { "-o", "--output", "--backend" }, new HashSet<string>());
        if (a.Positionals.Count != 1) a.Error("storyboard needs one PROJECT_DIR: kinora storyboard myfilm [-o board.png]");
        string output = a.Value("-o") ?? a.Value("--output") ?? Path.Combine(a.Positionals.FirstOrDefault() ?? ".", "storyboard.png");
        if (!output.EndsWith(".png", StringComparison.OrdinalIgnoreCase)) a.Error($"-o '{output}': the storyboard is a PNG; name it with .png");
        var backend = a.Value("--backend") switch { null or "auto" => RenderBackend.Auto, "cpu" => RenderBackend.Cpu, "gpu" => RenderBackend.Gpu, var b => Invalid(a, b) };
        if (a.Errors.Count > 0) throw new InputException(a.Errors);
        var plan = Planning.Plan(new FilmSource.ProjectFolder(a.Positionals[0]), new PlanOverrides());
        Kinora.Output.Exports.StoryboardExport.Write(plan.World, plan.Shots, output, backend);
        Console.Out.WriteLine($"{output}: {plan.Shots.Shots.Length} panels");
        return Ok;

        static RenderBackend Invalid(Arguments a, string b)
        {
            a.Error($"--backend '{b}' is not a backend: use auto, cpu or gpu");
            return RenderBackend.Auto;
        }
    }

    static int Export(string[] args)
    {
        var a = new Arguments(args, new HashSet<string> { "-o", "--output" }, new HashSet<string> { "--otio", "--edl", "--gltf" });
        if (a.Positionals.Count != 1) a.Error("export needs one PROJECT_DIR: kinora export myfilm --otio");
        int kinds = (a.Has("--otio") ? 1 : 0) + (a.Has("--edl") ? 1 : 0) + (a.Has("--gltf") ? 1 : 0);
        if (kinds != 1) a.Error("export needs exactly one of --otio, --edl or --gltf");
        if (a.Errors.Count > 0) throw new InputException(a.Errors);
        string dir = a.Positionals[0];
        var plan = Planning.Plan(new FilmSource.ProjectFolder(dir), new PlanOverrides());
        string kind = a.Has("--otio") ? "otio" : a.Has("--edl") ? "edl" : "gltf";
        string output = a.Value("-o") ?? a.Value("--output") ?? Path.Combine(dir, kind switch { "otio" => "timeline.otio", "edl" => "film.edl", _ => "world.glb" });
        byte[] bytes = kind switch
        {
            "otio" => System.Text.Encoding.UTF8.GetBytes(Kinora.Output.Exports.OtioExport.Write(plan.Production, plan.Shots)),
            "edl" => System.Text.Encoding.ASCII.GetBytes(Kinora.Output.Exports.EdlExport.Write(plan.Production, plan.Shots)),
            _ => Kinora.Output.Exports.GltfExport.Write(plan.World, plan.Shots),
        };
        ProductionFolder.WriteAtomically(output, bytes);
        Console.Out.WriteLine($"{output}: {plan.Shots.Shots.Length} shots");
        return Ok;
    }

    static int Check(string[] args)
    {
        var a = new Arguments(args, new HashSet<string>(), new HashSet<string> { "--json" });
        if (a.Positionals.Count != 1) a.Error("check needs one PROJECT_DIR: kinora check myfilm [--json]");
        if (a.Errors.Count > 0) throw new InputException(a.Errors);
        var plan = Planning.Plan(new FilmSource.ProjectFolder(a.Positionals[0]), new PlanOverrides());
        var report = ContinuityCheck.Run(plan);
        Console.Out.Write(a.Has("--json") ? ContinuityReportJson.Write(report) + "\n" : ContinuityReportText.Write(report));
        return report.Clean ? Ok : Violations;
    }

    static int Parse(string[] args)
    {
        var a = new Arguments(args, new HashSet<string>(), new HashSet<string> { "--json" });
        if (a.Positionals.Count != 1) a.Error("parse needs one FILE: kinora parse screenplay.fountain [--json]");
        if (a.Errors.Count > 0) throw new InputException(a.Errors);
        var screenplay = Fountain.Load(a.Positionals[0]);
        Console.Out.Write(a.Has("--json") ? ScreenplayJson.Write(screenplay) + "\n" : ScreenplaySummary.Write(screenplay));
        return Ok;
    }
}
