using System.Numerics;

namespace Kinora.Direction;

/// <summary>
/// Where the camera stands for a framing at one instant: the point the framing is built on (eyes, or the
/// middle of a group's eyes), the camera's bearing from it (yaw, radians) and ground distance (metres), its
/// absolute height (metres), the lens (mm), and where the anchor should sit in frame (normalised device
/// coordinates: x −1..1 left to right, y −1..1 bottom to top; y = 1/3 is the upper third line).
/// </summary>
internal readonly record struct CameraSetup(
    Vector3 Anchor,
    double Bearing,
    double Distance,
    double CameraY,
    double FocalLength,
    float ScreenX,
    float ScreenY)
{
    public Vector3 Camera
    {
        get
        {
            var d = Yaw.Direction(Bearing) * (float)Distance;
            return new Vector3(Anchor.X + d.X, (float)CameraY, Anchor.Z + d.Z);
        }
    }
}
