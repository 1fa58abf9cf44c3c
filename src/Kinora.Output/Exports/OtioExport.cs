using System.Text.Json;
using System.Text.Json.Nodes;
using Kinora.Direction;

namespace Kinora.Output.Exports;

/// <summary>
/// The cut as an OpenTimelineIO timeline (.otio JSON): a video track with one clip per shot and an audio track
/// with the soundtrack, both referring to the rendered film; scenes are markers; each clip carries the shot's
/// record under metadata.kinora so a round trip back to shots.yaml loses nothing.
/// </summary>
public static class OtioExport
{
    public static string Write(Kinora.Production.Production production, ShotList shots, string filmFileName = "film.mp4")
    {
        int fps = production.Bible.Format.Fps;
        long total = Timecode.Frame(production.Duration, fps);
        var video = new JsonArray();
        foreach (var shot in shots.Shots)
        {
            long a = Timecode.Frame(shot.Start, fps), b = Timecode.Frame(shot.End, fps);
            video.Add(Clip(shot.Id, a, b - a, fps, total, filmFileName, new JsonObject
            {
                ["kinora"] = new JsonObject
                {
                    ["id"] = shot.Id,
                    ["scene"] = shot.Scene,
                    ["size"] = ShotWords.Of(shot.Size),
                    ["move"] = ShotWords.Of(shot.Move),
                    ["type"] = ShotWords.Of(shot.Type),
                    ["subjects"] = new JsonArray(shot.Subjects.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
                    ["lens_mm"] = shot.FocalLength,
                    ["aperture"] = shot.Aperture,
                    ["angle"] = shot.Angle,
                    ["height"] = shot.Height,
                    ["reason"] = shot.Reason,
                },
            }));
        }
        var markers = new JsonArray();
        foreach (var scene in production.Scenes)
        {
            long a = Timecode.Frame(scene.Start, fps), b = Timecode.Frame(scene.End, fps);
            markers.Add(new JsonObject
            {
                ["OTIO_SCHEMA"] = "Marker.2",
                ["metadata"] = new JsonObject { ["kinora"] = new JsonObject { ["scene"] = scene.Index, ["weather"] = scene.Weather, ["story_clock"] = scene.Clock.ToString() } },
                ["name"] = scene.Heading,
                ["color"] = "RED",
                ["marked_range"] = Range(a, b - a, fps),
                ["comment"] = scene.Location.Name,
            });
        }
        var audio = new JsonArray { Clip("soundtrack", 0, total, fps, total, filmFileName, new JsonObject()) };
        var timeline = new JsonObject
        {
            ["OTIO_SCHEMA"] = "Timeline.1",
            ["metadata"] = new JsonObject { ["kinora"] = new JsonObject { ["seed"] = production.Bible.Seed, ["width"] = production.Bible.Format.Width, ["height"] = production.Bible.Format.Height } },
            ["name"] = production.Bible.Title,
            ["global_start_time"] = Time(0, fps),
            ["tracks"] = new JsonObject
            {
                ["OTIO_SCHEMA"] = "Stack.1",
                ["metadata"] = new JsonObject(),
                ["name"] = "tracks",
                ["source_range"] = null,
                ["effects"] = new JsonArray(),
                ["markers"] = markers,
                ["enabled"] = true,
                ["children"] = new JsonArray { Track("V1", "Video", video), Track("A1", "Audio", audio) },
            },
        };
        return timeline.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    static JsonObject Track(string name, string kind, JsonArray children) => new()
    {
        ["OTIO_SCHEMA"] = "Track.1",
        ["metadata"] = new JsonObject(),
        ["name"] = name,
        ["source_range"] = null,
        ["effects"] = new JsonArray(),
        ["markers"] = new JsonArray(),
        ["enabled"] = true,
        ["children"] = children,
        ["kind"] = kind,
    };

    static JsonObject Clip(string name, long start, long duration, int fps, long available, string film, JsonObject metadata) => new()
    {
        ["OTIO_SCHEMA"] = "Clip.2",
        ["metadata"] = metadata,
        ["name"] = name,
        ["source_range"] = Range(start, duration, fps),
        ["effects"] = new JsonArray(),
        ["markers"] = new JsonArray(),
        ["enabled"] = true,
        ["media_references"] = new JsonObject
        {
            ["DEFAULT_MEDIA"] = new JsonObject
            {
                ["OTIO_SCHEMA"] = "ExternalReference.1",
                ["metadata"] = new JsonObject(),
                ["name"] = film,
                ["available_range"] = Range(0, available, fps),
                ["available_image_bounds"] = null,
                ["target_url"] = film,
            },
        },
        ["active_media_reference_key"] = "DEFAULT_MEDIA",
    };

    static JsonObject Range(long start, long duration, int fps) => new()
    {
        ["OTIO_SCHEMA"] = "TimeRange.1",
        ["duration"] = Time(duration, fps),
        ["start_time"] = Time(start, fps),
    };

    static JsonObject Time(long frames, int fps) => new()
    {
        ["OTIO_SCHEMA"] = "RationalTime.1",
        ["rate"] = (double)fps,
        ["value"] = (double)frames,
    };
}
