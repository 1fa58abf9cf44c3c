using System.Reflection;
using Kinora.Core;
using Kinora.Direction;
using Kinora.Production;
using Kinora.Script;
using Kinora.World;

namespace Kinora.Pipeline;

/// <summary>
/// From a source to a film plan: write or read the screenplay, fill the bible, build the world, plan the shots.
/// A production folder's own files win over defaults; an edited shots.yaml wins over the planned shot list.
/// </summary>
public static class Planning
{
    /// <summary>
    /// Plans the film. A prompt is written into a screenplay by the rule-based <see cref="StoryPlanner"/>, or, when
    /// <paramref name="story"/> names an LLM endpoint, by <see cref="LlmPlanner"/> (which falls back to the rules and
    /// says why); the plan's origin then holds the written screenplay, so planning it again gives the same film.
    /// </summary>
    public static FilmPlan Plan(FilmSource source, PlanOverrides overrides, StoryPlanning? story = null)
    {
        var origin = new PlanOrigin(source, overrides);
        string text;
        string file;
        Bible? bible = null;
        string? shotsPath = null;
        switch (source)
        {
            case FilmSource.Prompt p:
                if (string.IsNullOrWhiteSpace(p.Text))
                    throw new InputException(SourceLocation.None("--prompt"), "the prompt is empty: describe who, where and what happens");
                double duration = overrides.Duration ?? PlanOverrides.DefaultPromptDuration;
                long promptSeed = overrides.Seed ?? PlanOverrides.DefaultSeed;
                if (story?.Llm is { } llm)
                {
                    var written = LlmPlanner.Write(p.Text, duration, promptSeed, llm, story.Warn ?? (_ => { }), story.Cancel);
                    text = written.ScreenplayText;
                    if (written.FromModel) origin = new PlanOrigin(new FilmSource.PromptScreenplay(text), overrides);
                }
                else text = StoryPlanner.Write(p.Text, duration, promptSeed);
                file = "prompt";
                break;
            case FilmSource.PromptScreenplay w:
                text = w.Text;
                file = "prompt";
                break;
            case FilmSource.ScreenplayFile s:
                file = s.Path;
                text = ReadScreenplay(s.Path);
                break;
            case FilmSource.ProjectFolder f:
                var folder = new ProductionFolder(f.Path);
                if (!Directory.Exists(f.Path))
                    throw new InputException(SourceLocation.None(f.Path), "no such production folder: make one with 'kinora plan --prompt TEXT -o DIR'");
                if (!File.Exists(folder.Screenplay))
                    throw new InputException(SourceLocation.None(folder.Screenplay), "the production folder has no screenplay.fountain: make one with 'kinora plan'");
                file = folder.Screenplay;
                text = ReadScreenplay(folder.Screenplay);
                if (File.Exists(folder.Bible)) bible = BibleYaml.Read(folder.Bible);
                if (File.Exists(folder.Shots)) shotsPath = folder.Shots;
                break;
            case FilmSource.Sample:
                file = "the-crossing.fountain";
                text = SampleScreenplay();
                if (overrides.Width is null) overrides = overrides with { Width = 1280, Height = 720 };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(source));
        }

        var screenplay = ScreenplayBuilder.Build(FountainParser.Parse(text, file));
        long seed = overrides.Seed ?? bible?.Seed ?? PlanOverrides.DefaultSeed;
        var format = bible?.Format ?? new FilmFormat(1920, 1080, 24);
        format = new FilmFormat(overrides.Width ?? format.Width, overrides.Height ?? format.Height, overrides.Fps ?? format.Fps);
        var production = ProductionPlanner.Plan(screenplay, bible, new PlanRequest(seed, overrides.Duration, format));
        var world = WorldModel.Build(production);
        var shots = Director.Plan(world);
        if (shotsPath is not null)
        {
            // A person's edits win, as long as they still describe this film.
            var edited = ShotListYaml.Read(shotsPath);
            shots = ShotListYaml.Merge(shots, edited, production.Duration);
        }
        return new FilmPlan(text, production, world, shots) { Origin = origin };
    }

    /// <summary>Writes screenplay.fountain, bible.yaml and shots.yaml: the editable half of a production folder.</summary>
    public static void WriteFolder(FilmPlan plan, string directory)
    {
        var folder = new ProductionFolder(directory);
        Directory.CreateDirectory(directory);
        ProductionFolder.WriteAtomically(folder.Screenplay, plan.ScreenplayText);
        ProductionFolder.WriteAtomically(folder.Bible, BibleYaml.Write(plan.Production.Bible));
        ProductionFolder.WriteAtomically(folder.Shots, ShotListYaml.Write(plan.Shots));
    }

    static string ReadScreenplay(string path) => Fountain.ReadText(path);

    static string SampleScreenplay()
    {
        using var stream = typeof(Planning).Assembly.GetManifestResourceStream("Kinora.Samples.the-crossing.fountain")
            ?? throw new InvalidOperationException("the built-in sample is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
