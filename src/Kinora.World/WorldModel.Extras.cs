using System.Collections.Immutable;
using Kinora.Core;

namespace Kinora.World;

/// <summary>The world's background: the extras each scene's call asks for, cast once per location.</summary>
public sealed partial class WorldModel
{
    SceneExtras[] crowds = [];
    Dictionary<string, Dictionary<(int, bool), Humanoid>> rosters = new(StringComparer.Ordinal);

    /// <summary>Stages scene i's extras around its cast, props and vehicles.</summary>
    void StageExtras(int i, Kinora.Production.ScenePlan scene, SetGeometry set, string id, long seed)
    {
        if (crowds.Length != Production.Scenes.Length) crowds = new SceneExtras[Production.Scenes.Length];
        if (!rosters.TryGetValue(id, out var roster)) rosters[id] = roster = [];
        var palette = Production.Bible.Style.Colours;
        Humanoid Body(int k, bool child)
        {
            if (!roster.TryGetValue((k, child), out var body))
                roster[(k, child)] = body = new Humanoid(ExtraCasting.Cast(scene.Location, k, child, seed, palette), seed);
            return body;
        }
        crowds[i] = SceneExtras.Stage(scene, set, blocking[i], things[i], CrowdCall.For(scene, Production), Body, seed);
    }

    /// <summary>The background extras of a scene (none where the call asks for none).</summary>
    public SceneExtras ExtrasFor(int sceneIndex) => crowds.Length > sceneIndex ? crowds[sceneIndex] : SceneExtras.None;

    /// <summary>Every extra's state at film time t, in the scene playing then: for checks and the camera crew.</summary>
    public IReadOnlyList<ActorState> Background(double t)
    {
        if (Production.Scenes.Length == 0) return [];
        var extras = ExtrasFor(SceneIndexAt(t)).Extras;
        if (extras.IsEmpty) return [];
        var states = new ActorState[extras.Length];
        for (int i = 0; i < states.Length; i++) states[i] = SceneExtras.Perform(extras[i], t).State;
        return states;
    }
}
