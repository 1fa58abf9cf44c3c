using System.Xml.Linq;

namespace Kinora.Core.Tests;

/// <summary>The stages reference each other one way only, in the order of the film's flow.</summary>
public sealed class ArchitectureTests
{
    static readonly string[] Flow = ["Core", "Script", "Production", "World", "Direction", "Render", "Audio", "Output", "Pipeline", "Cli"];

    // Render and Audio are siblings: both film the world as Direction planned it, neither needs the other.
    static readonly HashSet<(string, string)> Siblings = [("Audio", "Render"), ("Render", "Audio")];

    static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kinora.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root");
    }

    [Fact]
    public void Every_stage_has_a_project_and_a_test_project()
    {
        foreach (var stage in Flow)
        {
            Assert.True(File.Exists(Path.Combine(Root(), "src", $"Kinora.{stage}", $"Kinora.{stage}.csproj")), stage);
            Assert.True(File.Exists(Path.Combine(Root(), "tests", $"Kinora.{stage}.Tests", $"Kinora.{stage}.Tests.csproj")), stage + " tests");
        }
    }

    [Fact]
    public void No_stage_references_one_downstream_of_it()
    {
        foreach (var stage in Flow)
        {
            var doc = XDocument.Load(Path.Combine(Root(), "src", $"Kinora.{stage}", $"Kinora.{stage}.csproj"));
            foreach (var reference in doc.Descendants("ProjectReference"))
            {
                string target = Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value).Replace("Kinora.", "");
                Assert.Contains(target, Flow);
                Assert.False(Siblings.Contains((stage, target)), $"Kinora.{stage} must not reference its sibling Kinora.{target}");
                Assert.True(Array.IndexOf(Flow, target) < Array.IndexOf(Flow, stage),
                    $"Kinora.{stage} references Kinora.{target}, which comes after it in the flow {string.Join(" ← ", Flow)}");
            }
        }
    }
}
