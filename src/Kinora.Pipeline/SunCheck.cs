using Kinora.Production;

namespace Kinora.Pipeline;

/// <summary>
/// The sun in one scene against the story clock: where the world lit it and where SunPosition puts it for the
/// scene's clock and latitude, in degrees (azimuth clockwise from north), at the scene's first and last frame.
/// The errors are the larger of the two instants; azimuth is not compared with the sun near the zenith.
/// </summary>
public sealed record SunCheck(
    int Scene,
    string Heading,
    double Latitude,
    StoryTime Clock,
    double Elevation,
    double Azimuth,
    double ExpectedElevation,
    double ExpectedAzimuth,
    double ElevationError,
    double AzimuthError);
