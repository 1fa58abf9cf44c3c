namespace Kinora.Direction;

/// <summary>How the camera moves during a shot.</summary>
public enum CameraMove { Static, Pan, Tilt, DollyIn, DollyOut, Truck, Crane, Handheld, Orbit, Follow }
