namespace Kinora.Cli.Tests;

[Collection("console")]
public sealed class BadInputTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("kinora-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    string Out => Path.Combine(dir, "film.mp4");

    [Theory]
    [InlineData("the prompt is empty", "render", "--prompt", "   ")]
    [InlineData("--duration 0 is out of range", "render", "--prompt", "A keeper on an island", "--duration", "0")]
    [InlineData("--duration 100000 is out of range", "render", "--prompt", "A keeper on an island", "--duration", "100000")]
    [InlineData("--duration must be a number", "render", "--prompt", "A keeper on an island", "--duration", "long")]
    [InlineData("--size '7x' is not a size", "render", "--prompt", "A keeper on an island", "--size", "7x")]
    [InlineData("must both be even", "render", "--prompt", "A keeper on an island", "--size", "321x181")]
    [InlineData("unknown option '--colour'", "render", "--colour", "red")]
    [InlineData("--backend 'quantum'", "render", "--backend", "quantum")]
    [InlineData("give one input", "render", "--prompt", "x", "--screenplay", "y.fountain")]
    [InlineData("--planner 'oracle': use auto, rules or llm", "render", "--prompt", "A keeper on an island", "--planner", "oracle")]
    [InlineData("--planner llm needs an endpoint", "render", "--prompt", "A keeper on an island", "--planner", "llm")]
    public void Bad_arguments_exit_2_say_what_to_fix_and_write_nothing(string message, params string[] args)
    {
        var (code, _, err) = Kinora.Run([.. args, "-o", Out]);
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Contains(message, err);
        Assert.False(File.Exists(Out));
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void A_missing_screenplay_is_named_in_the_error()
    {
        var (code, _, err) = Kinora.Run("render", "--screenplay", Path.Combine(dir, "nope.fountain"), "-o", Out);
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Contains("nope.fountain", err);
        Assert.False(File.Exists(Out));
    }

    [Fact]
    public void A_screenplay_without_scenes_exits_2_with_a_line_number()
    {
        string file = Path.Combine(dir, "notes.fountain");
        File.WriteAllText(file, "Just some words.\n\nNo headings at all.\n");
        var (code, _, err) = Kinora.Run("render", "--screenplay", file, "-o", Out);
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Matches(@"notes\.fountain:\d+:\d+", err);
        Assert.Contains("scene heading", err);
        Assert.False(File.Exists(Out));
    }

    [Fact]
    public void An_unknown_command_exits_2_with_the_usage()
    {
        var (code, _, err) = Kinora.Run("shoot");
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Contains("usage:", err);
    }

    [Theory]
    [InlineData("4k", 3840, 2160)]
    [InlineData("1080p", 1920, 1080)]
    [InlineData("720p", 1280, 720)]
    [InlineData("480p", 854, 480)]
    [InlineData("320x180", 320, 180)]
    public void Sizes_are_read_by_name_or_as_width_by_height(string text, int w, int h)
    {
        Assert.True(FrameSize.TryParse(text, out int width, out int height, out _));
        Assert.Equal((w, h), (width, height));
    }
}
